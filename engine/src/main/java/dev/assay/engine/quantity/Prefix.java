package dev.assay.engine.quantity;

import java.util.Set;

/**
 * What stands before a number: its bound and, for a latency, its percentile.
 *
 * @param bound "upper", "lower" or "approx", or null when none was found
 * @param percentile a label such as "p99", or null
 * @param first the first token the prefix covers (the number's own first token when empty)
 */
record Prefix(String bound, String percentile, int first) {

  /** Words that may stand between a percentile or bound and the number it qualifies. */
  private static final Set<String> GLUE =
      Words.of(
          "latency", "latencies", "response", "responses", "time", "is", "are", "was", "were",
          "be", "been", "of", "at", "should", "must", "needs", "need", "to", "stay", "stays",
          "remain", "remains", "goes", "go", "gets", "get", "target", "targets", "budget",
          "budgets", "sla", "slo", "tail", "end", "request", "inference", "serving", "e2e",
          "overall", "total", "with", "has", "have", "kept", "keep", "for", "it", "aim");

  private static final Set<String> GLUE_SYMBOLS = Words.of(":", "=", "(", "-", "\u2013");

  /** Steps the scan may take back from the number. */
  private static final int REACH = 7;

  /**
   * Scans back from token {@code first - 1} for a bound and a percentile, through glue words,
   * never before {@code floor} and never into another sentence.
   */
  static Prefix scan(TokenSeq t, int first, int floor) {
    String bound = null;
    String percentile = null;
    int start = first;
    int j = first - 1;
    for (int steps = 0; steps < REACH && j >= floor && t.sameSentence(j, first); steps++) {
      Hit b = Qualifiers.boundEndingAt(t, j, floor);
      if (b != null) {
        if (bound == null || bound.equals(Qualifiers.APPROX)) {
          bound = b.value();
        }
        start = b.index();
        j = b.index() - 1;
        continue;
      }
      Hit p = Qualifiers.percentileEndingAt(t, j, floor);
      if (p != null) {
        percentile = p.value();
        start = p.index();
        break;
      }
      if (!glue(t, j)) {
        break;
      }
      j--;
    }
    return new Prefix(bound, percentile, start);
  }

  private static boolean glue(TokenSeq t, int j) {
    if (t.isSymbol(j)) {
      return GLUE_SYMBOLS.contains(t.text(j));
    }
    return t.wordIn(j, GLUE);
  }

  /** The bound to report: the one found, or "exact". */
  String boundOrExact() {
    return bound == null ? Qualifiers.EXACT : bound;
  }
}
