package dev.assay.engine.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A quantity under construction, addressed by token indices, before the context pass settles
 * its measure and its offsets are fixed.
 */
final class Draft {
  QuantityKind kind;
  double value;
  double low;
  String per;
  /** What is counted or measured, without any "-per-" suffix. */
  String measure = "";
  /** The non-time unit the count is per ("user", "gpu"), or null. */
  String perNoun;
  String percentile;
  String bound = Qualifiers.EXACT;
  int first;
  int last;
  int sentence;
  /** Whether an empty measure may be taken from the quantity before it in the sentence. */
  boolean inheritsMeasure;
  /** For "2M daily" with no noun: the period of a user count the context may confirm. */
  String ellipticPeriod;

  Draft(QuantityKind kind, double value, double low, int first, int last, int sentence) {
    this.kind = kind;
    this.value = tidy(value);
    this.low = tidy(low);
    this.first = first;
    this.last = last;
    this.sentence = sentence;
  }

  /** The measure as reported: the base, with "-per-" and the per noun when there is one. */
  String fullMeasure() {
    return perNoun == null ? measure : measure + "-per-" + perNoun;
  }

  Quantity toQuantity(TokenSeq t) {
    return new Quantity(
        kind, value, low, per, fullMeasure(), percentile, bound, t.start(first), t.end(last));
  }

  private static final MathContext TWELVE_DIGITS = new MathContext(12);

  /** Rounds away binary noise from unit conversion (0.30000000000000004 becomes 0.3). */
  static double tidy(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v;
    }
    if (Math.abs(v) < 1e12 && v == Math.rint(v)) {
      // A whole number of at most 12 digits: rounding to 12 significant digits keeps it as it is.
      return v;
    }
    return new BigDecimal(v).round(TWELVE_DIGITS).doubleValue();
  }
}
