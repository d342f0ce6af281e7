package dev.assay.engine.quantity;

/**
 * A unit that turns a number into a fraction: a percent or a basis point.
 *
 * @param fraction what one unit stands for (0.01 for a percent)
 * @param tokens how many tokens the unit is written with ("per cent" takes two)
 */
record PercentUnit(double fraction, int tokens) {

  static final PercentUnit PERCENT = new PercentUnit(0.01, 1);
  static final PercentUnit BASIS_POINT = new PercentUnit(0.0001, 1);

  /** The same unit written with one more token. */
  PercentUnit wider() {
    return new PercentUnit(fraction, tokens + 1);
  }
}
