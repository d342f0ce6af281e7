package dev.assay.engine.quantity;

/**
 * A number as written, in digits or words, with the tokens it covers.
 *
 * @param value the number with its magnitude applied ("29k" is 29000)
 * @param first index of its first token
 * @param next index of the first token after it
 * @param spelled whether it is written in words ("fifty", "a fifth of a")
 * @param magnitude the multiplier a magnitude word or suffix applied, 1 when none
 * @param needsUnit whether only a unit may follow (a fraction such as "half a" or "a fifth of a")
 * @param plus whether a "+" was glued on ("1M+"), meaning "at least"
 */
record NumberPhrase(
    double value,
    int first,
    int next,
    boolean spelled,
    double magnitude,
    boolean needsUnit,
    boolean plus) {

  /** The number before its magnitude was applied. */
  double bare() {
    return value / magnitude;
  }

  NumberPhrase withValue(double newValue) {
    return new NumberPhrase(newValue, first, next, spelled, magnitude, needsUnit, plus);
  }
}
