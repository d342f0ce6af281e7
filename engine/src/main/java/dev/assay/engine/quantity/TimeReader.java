package dev.assay.engine.quantity;

import java.util.Set;

/**
 * The reader of times, a number followed by a unit of time: a latency (ms, µs, and short spans
 * in a sentence about latency) or a duration (minutes, hours, days and longer, and seconds
 * elsewhere).
 */
final class TimeReader {

  /** The longest span in seconds still read as a latency when the sentence is about latency. */
  private static final double LATENCY_SECONDS = 10;

  /** Words before a number of seconds that make it a span of time, not a response time. */
  private static final Set<String> SPAN_LEADS =
      Words.of("last", "past", "for", "every", "each", "previous", "next", "first", "over");

  private TimeReader() {}

  /** "64d", "768d": the size of an embedding, not a number of days. */
  private static boolean dimensionLike(double v) {
    if (v != Math.rint(v) || v < 16) {
      return false;
    }
    long n = (long) v;
    return (n & (n - 1)) == 0 || n == 300 || n == 384 || n == 768 || n == 1536;
  }

  /**
   * Reads the time unit at token {@code k} after the number, or returns null.
   *
   * @param low the lower end of a range, or the value itself
   * @param high the number (the upper end of a range)
   * @param numberFirst the first token of the number or range
   */
  static Draft read(
      TokenSeq t,
      SentenceCues cues,
      double low,
      NumberPhrase high,
      int k,
      int numberFirst,
      Prefix prefix) {
    int u = k;
    boolean hyphen = t.innerHyphen(u);
    if (hyphen) {
      u++;
    }
    TimeUnit unit = Units.time(t, u);
    if (unit == null || (hyphen && unit.exactCase())) {
      return null;
    }
    if (unit.exactCase() && t.text(u).equals("s") && Guards.yearLike(t, high)) {
      return null;
    }
    if (t.text(u).equals("d") && t.attached(u) && dimensionLike(high.value())) {
      return null;
    }
    int sentence = t.sentence(numberFirst);
    double seconds = high.value() * unit.seconds();
    boolean spanLead =
        t.wordIn(numberFirst - 1, SPAN_LEADS) || t.wordIn(prefix.first() - 1, SPAN_LEADS);
    boolean latency =
        unit.subSecond()
            || (unit.seconds() == 1
                && (seconds < 1
                    || (seconds <= LATENCY_SECONDS
                        && !spanLead
                        && (prefix.percentile() != null || cues.latency(sentence)))));
    Draft d;
    if (latency) {
      d =
          new Draft(
              QuantityKind.LATENCY,
              high.value() * unit.millis(),
              low * unit.millis(),
              prefix.first(),
              u,
              sentence);
      d.measure = "latency";
      d.percentile = prefix.percentile();
      suffixPercentile(t, d, u);
    } else {
      d =
          new Draft(
              QuantityKind.DURATION,
              seconds,
              low * unit.seconds(),
              prefix.first(),
              u,
              sentence);
      d.measure = durationRole(t, cues, d, u, numberFirst, prefix.first());
    }
    return d;
  }

  /** "200 ms at p99", "50 ms p95", "100 ms (p99)": a percentile after the unit. */
  private static void suffixPercentile(TokenSeq t, Draft d, int u) {
    int s = u + 1;
    if (t.word(s, "at")) {
      s++;
      if (t.word(s, "the")) {
        s++;
      }
    }
    Hit after = Qualifiers.percentileStartingAt(t, s);
    if (after != null && t.sameSentence(u, after.index())) {
      if (d.percentile == null) {
        d.percentile = after.value();
      }
      d.last = after.index();
      return;
    }
    if (t.symbol(u + 1, "(")) {
      Hit inParens = Qualifiers.percentileStartingAt(t, u + 2);
      if (inParens != null && t.symbol(inParens.index() + 1, ")")) {
        if (d.percentile == null) {
          d.percentile = inParens.value();
        }
        d.last = inParens.index() + 1;
      }
    }
  }

  private static String durationRole(
      TokenSeq t, SentenceCues cues, Draft d, int u, int numberFirst, int prefixFirst) {
    String role = Measures.durationRole(t, u + 1);
    if (role != null && t.sameSentence(u, u + 1)) {
      d.last = u + 1;
      return role;
    }
    for (int j : new int[] {numberFirst - 1, prefixFirst - 1}) {
      if (t.word(j, "every") || t.word(j, "each")) {
        return "interval";
      }
    }
    return cues.retention(d.sentence) ? "retention" : "window";
  }
}
