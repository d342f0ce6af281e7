package dev.assay.engine.quantity;

import java.util.Set;

/**
 * The reader of bare numbers whose measure is written before them: "QPS of 10k", "peak QPS: 35k",
 * "DAU: 500M", and table rows such as "| Average QPS | ~46k |".
 */
final class HeaderReader {

  private static final Set<String> LINKERS =
      Words.of("of", "is", "are", "was", "at", "avg", "average", "about", "around");
  private static final Set<String> LINK_SYMBOLS = Words.of(":", "=", "(", "|");

  /** Below this a bare number with a header is too small to be a scale figure. */
  private static final double MIN_SCALE = 1000;

  private HeaderReader() {}

  /** Reads a header-led quantity for a number with nothing after it, or returns null. */
  static Draft read(TokenSeq t, NumberPhrase a, Prefix prefix, int floor) {
    if (a.spelled() || a.needsUnit() || a.value() < MIN_SCALE || operand(t, a.next())) {
      return null;
    }
    int j = prefix.first() - 1;
    boolean cell = false;
    for (int steps = 0; steps < 3 && j >= floor && t.sameSentence(j, a.first()); steps++) {
      if (t.isSymbol(j) && LINK_SYMBOLS.contains(t.text(j))) {
        cell |= t.symbol(j, "|");
        j--;
      } else if (t.wordIn(j, LINKERS)) {
        j--;
      } else {
        break;
      }
    }
    if (j < floor || !t.sameSentence(j, a.first())) {
      return null;
    }
    int sentence = t.sentence(a.first());
    int last = a.next() - 1;
    String acronym = Units.throughputMeasure(t, j);
    if (acronym != null) {
      Draft d = at(QuantityKind.THROUGHPUT, a, cell ? prefix.first() : j, last, sentence);
      d.per = "second";
      d.measure = acronym;
      return d;
    }
    String noun = Measures.noun(t, j);
    if (noun != null && Measures.isPeople(noun)) {
      int start = j;
      String period = null;
      for (int m = j - 1; m >= Math.max(floor, j - 2) && t.sameSentence(m, j); m--) {
        String adverb = Units.adverbPeriod(t, m);
        if (adverb != null) {
          period = adverb;
          start = m;
        } else if (t.word(m, "active")) {
          start = m;
        } else {
          break;
        }
      }
      Draft d = at(QuantityKind.VOLUME, a, cell ? prefix.first() : start, last, sentence);
      d.measure = userMeasure(noun, period);
      d.per = periodOf(d.measure, period);
      return d;
    }
    String period = Units.period(t, j);
    if (period != null && (t.word(j - 1, "per") || t.word(j - 1, "a") || t.symbol(j - 1, "/"))) {
      String counted = Measures.noun(t, j - 2);
      if (counted == null || j - 2 < floor || period.equals("second")) {
        return null;
      }
      Draft d = at(QuantityKind.VOLUME, a, cell ? prefix.first() : j - 2, last, sentence);
      d.measure = counted;
      d.per = period;
      return d;
    }
    return null;
  }

  /** Whether the number is an operand of arithmetic ("450M / 86400"), not a stated figure. */
  private static boolean operand(TokenSeq t, int k) {
    if (!t.sameSentence(k - 1, k)) {
      return false;
    }
    return t.symbol(k, "/") || t.symbol(k, "\u00D7") || t.symbol(k, "*") || t.word(k, "x")
        || t.symbol(k, "+") || t.symbol(k, "=");
  }

  private static Draft at(QuantityKind kind, NumberPhrase a, int first, int last, int sentence) {
    Draft d = new Draft(kind, a.value(), a.value(), first, last, sentence);
    if (a.plus()) {
      d.bound = Qualifiers.LOWER;
    }
    return d;
  }

  private static String userMeasure(String noun, String period) {
    if (period == null || noun.equals("dau") || noun.equals("mau") || noun.equals("wau")) {
      return noun.equals("actives") ? "users" : noun;
    }
    String active = Measures.activeUsers(period);
    return active == null ? noun : active;
  }

  private static String periodOf(String measure, String period) {
    switch (measure) {
      case "dau":
        return "day";
      case "mau":
        return "month";
      case "wau":
        return "week";
      default:
        return period;
    }
  }
}
