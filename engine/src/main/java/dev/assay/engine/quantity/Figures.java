package dev.assay.engine.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** The number format of explanations: "50,000,000", "579", "0.12". */
final class Figures {
  private Figures() {}

  static String format(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    if (Math.abs(v) >= 10) {
      return String.format(Locale.ROOT, "%,d", Math.round(v));
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
  }
}
