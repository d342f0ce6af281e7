package dev.assay.engine.quantity;

import java.util.Set;

/**
 * The vocabulary of bounds ("under", "at least", "~", and after the figure "or less", "at most")
 * and percentiles ("p99", "95th percentile").
 */
final class Qualifiers {

  static final String UPPER = "upper";
  static final String LOWER = "lower";
  static final String APPROX = "approx";
  static final String EXACT = "exact";

  private static final Set<String> UPPER_SYMBOLS =
      Words.of("<", "<=", "\u2264", "\u2A7D", "\u2272");
  private static final Set<String> LOWER_SYMBOLS = Words.of(">", ">=", "\u2265", "\u2A7E");
  private static final Set<String> APPROX_SYMBOLS =
      Words.of("~", "~=", "\u2248", "\u223C", "\u2243");
  private static final Set<String> UPPER_WORDS =
      Words.of("under", "below", "within", "max", "maximum", "beneath", "sub");
  private static final Set<String> LOWER_WORDS =
      Words.of("over", "above", "exceeds", "exceed", "exceeding", "exceeded", "minimum", "beyond");
  private static final Set<String> APPROX_WORDS =
      Words.of(
          "about", "around", "roughly", "approx", "approximately", "circa", "ca", "nearly",
          "almost", "estimated", "est");
  private static final Set<String> MORE = Words.of("more", "greater", "higher", "longer", "larger",
      "bigger");
  private static final Set<String> LESS = Words.of("less", "fewer", "lower", "shorter", "smaller",
      "faster");

  private Qualifiers() {}

  /** The bound whose last token is {@code j}, with its first token (never before floor). */
  static Hit boundEndingAt(TokenSeq t, int j, int floor) {
    if (j < floor || !t.has(j)) {
      return null;
    }
    if (t.isSymbol(j)) {
      String s = t.text(j);
      if (UPPER_SYMBOLS.contains(s)) {
        return new Hit(UPPER, j);
      }
      if (LOWER_SYMBOLS.contains(s)) {
        return new Hit(LOWER, j);
      }
      if (APPROX_SYMBOLS.contains(s)) {
        return new Hit(APPROX, j);
      }
      if (t.innerHyphen(j) && j - 1 >= floor && t.word(j - 1, "sub")) {
        return new Hit(UPPER, j - 1);
      }
      return null;
    }
    if (!t.isWord(j)) {
      return null;
    }
    String w = t.lower(j);
    if (UPPER_WORDS.contains(w)) {
      return new Hit(UPPER, j);
    }
    if (LOWER_WORDS.contains(w)) {
      return new Hit(LOWER, j);
    }
    if (APPROX_WORDS.contains(w)) {
      return new Hit(APPROX, j);
    }
    boolean room = j - 1 >= floor;
    switch (w) {
      case "most":
        return room && t.word(j - 1, "at") ? new Hit(UPPER, j - 1) : null;
      case "least":
        return room && t.word(j - 1, "at") ? new Hit(LOWER, j - 1) : null;
      case "to":
        if (room && t.word(j - 1, "up")) {
          return new Hit(UPPER, j - 1);
        }
        return room && t.word(j - 1, "close") ? new Hit(APPROX, j - 1) : null;
      case "of":
        if (room && t.word(j - 1, "order")) {
          int first = j - 1;
          if (first - 2 >= floor && t.word(first - 1, "the") && t.word(first - 2, "on")) {
            first -= 2;
          }
          return new Hit(APPROX, first);
        }
        return room && t.word(j - 1, "excess") && j - 2 >= floor && t.word(j - 2, "in")
            ? new Hit(LOWER, j - 2)
            : null;
      case "than":
        return than(t, j, floor);
      default:
        return null;
    }
  }

  private static Hit than(TokenSeq t, int j, int floor) {
    if (j - 1 < floor || !t.isWord(j - 1)) {
      return null;
    }
    String before = t.lower(j - 1);
    boolean more = MORE.contains(before);
    boolean less = LESS.contains(before);
    if (!more && !less) {
      return null;
    }
    int first = j - 1;
    boolean negated = first - 1 >= floor && (t.word(first - 1, "no") || t.word(first - 1, "not"));
    if (negated) {
      first--;
    }
    boolean upper = less != negated;
    return new Hit(upper ? UPPER : LOWER, first);
  }

  /**
   * The bound written after a figure, whose first token is {@code j}: "or less", "or lower",
   * "at most", "max", "tops" (upper); "or more", "or higher", "at least" (lower); "or so"
   * (approximate). Returns it with its last token, or null.
   */
  static Hit boundStartingAt(TokenSeq t, int j) {
    if (!t.isWord(j)) {
      return null;
    }
    String w = t.lower(j);
    if (w.equals("or") && t.isWord(j + 1) && t.sameSentence(j, j + 1)) {
      String next = t.lower(j + 1);
      if (LESS.contains(next) || next.equals("under") || next.equals("below")) {
        return new Hit(UPPER, j + 1);
      }
      if (MORE.contains(next) || next.equals("over") || next.equals("above")) {
        return new Hit(LOWER, j + 1);
      }
      return next.equals("so") ? new Hit(APPROX, j + 1) : null;
    }
    if (w.equals("at") && t.sameSentence(j, j + 1)) {
      if (t.word(j + 1, "most")) {
        return new Hit(UPPER, j + 1);
      }
      return t.word(j + 1, "least") ? new Hit(LOWER, j + 1) : null;
    }
    return w.equals("max") || w.equals("maximum") || w.equals("tops") ? new Hit(UPPER, j) : null;
  }

  /** The percentile whose last token is {@code j}, with its first token (never before floor). */
  static Hit percentileEndingAt(TokenSeq t, int j, int floor) {
    if (j < floor || !t.isWord(j)) {
      return null;
    }
    String label = pLabel(t.lower(j));
    if (label != null) {
      return new Hit(label, j);
    }
    String w = t.lower(j);
    if (w.equals("median")) {
      return new Hit("p50", j);
    }
    if (!w.equals("percentile") && !w.equals("pctl")) {
      return null;
    }
    int k = j - 1;
    if (t.dash(k)) {
      k--;
    }
    if (!isOrdinalSuffix(t, k) || !t.attached(k) || k - 1 < floor || !t.isNumber(k - 1)) {
      return null;
    }
    return new Hit(ordinalLabel(t.text(k - 1)), k - 1);
  }

  /** The percentile whose first token is {@code j}, with its last token. */
  static Hit percentileStartingAt(TokenSeq t, int j) {
    if (t.isWord(j)) {
      String label = pLabel(t.lower(j));
      if (label != null) {
        return new Hit(label, j);
      }
      return t.word(j, "median") ? new Hit("p50", j) : null;
    }
    if (!t.isNumber(j) || !isOrdinalSuffix(t, j + 1) || !t.attached(j + 1)) {
      return null;
    }
    int k = j + 2;
    if (t.dash(k)) {
      k++;
    }
    return t.word(k, "percentile") ? new Hit(ordinalLabel(t.text(j)), k) : null;
  }

  private static boolean isOrdinalSuffix(TokenSeq t, int k) {
    return t.word(k, "th") || t.word(k, "st") || t.word(k, "nd") || t.word(k, "rd");
  }

  private static String ordinalLabel(String number) {
    return "p" + number.replace(".", "");
  }

  /** "p99" to "p99", "p99.9" to "p999"; null unless it is p followed by at least two digits. */
  static String pLabel(String lower) {
    if (lower.length() < 3 || lower.charAt(0) != 'p') {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 1; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != '.') {
        return null;
      }
    }
    if (digits.length() < 2 || digits.length() > 4 || lower.endsWith(".")) {
      return null;
    }
    return "p" + digits;
  }
}
