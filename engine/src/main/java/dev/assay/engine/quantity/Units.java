package dev.assay.engine.quantity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The unit vocabulary: time units, periods, data sizes, percentages and throughput acronyms. */
final class Units {

  private static final Map<String, TimeUnit> TIME = new HashMap<>();
  private static final Map<String, String> PERIODS = new HashMap<>();
  private static final Map<String, String> ADVERB_PERIODS =
      Map.of(
          "hourly", "hour",
          "daily", "day",
          "nightly", "day",
          "weekly", "week",
          "monthly", "month",
          "yearly", "year",
          "annually", "year");
  private static final Map<String, Double> DATA = new HashMap<>();
  private static final Map<String, String> THROUGHPUT =
      Map.of(
          "qps", "queries",
          "tps", "transactions",
          "rps", "requests",
          "eps", "events",
          "fps", "frames");

  /** Words for one second as a period; "s" only as written in lower case. */
  private static final Set<String> SECOND_WORDS = Words.of("second", "sec", "s");

  static {
    time(1e-9, "ns", "nsec", "nanosecond", "nanoseconds");
    time(1e-6, "µs", "μs", "usec", "usecs", "microsecond", "microseconds");
    time(1e-3, "ms", "msec", "msecs", "millis", "millisecond", "milliseconds");
    time(1, "sec", "secs", "second", "seconds");
    time(60, "min", "mins", "minute", "minutes");
    time(3600, "hr", "hrs", "hour", "hours");
    time(86_400, "day", "days");
    time(604_800, "wk", "wks", "week", "weeks");
    time(2_592_000, "mo", "mos", "month", "months");
    time(31_536_000, "yr", "yrs", "year", "years");
    TIME.put("us", new TimeUnit(1e-6, true));
    TIME.put("s", new TimeUnit(1, true));
    TIME.put("h", new TimeUnit(3600, true));
    TIME.put("d", new TimeUnit(86_400, true));

    period("second", "second", "seconds", "sec", "secs", "s");
    period("minute", "minute", "minutes", "min", "mins");
    period("hour", "hour", "hours", "hr", "hrs", "h");
    period("day", "day", "days", "d");
    period("week", "week", "weeks", "wk");
    period("month", "month", "months", "mo");
    period("year", "year", "years", "yr", "y");

    data(1, "byte", "bytes");
    data(1e3, "kb", "kilobyte", "kilobytes");
    data(1e6, "mb", "megabyte", "megabytes");
    data(1e9, "gb", "gigabyte", "gigabytes");
    data(1e12, "tb", "terabyte", "terabytes");
    data(1e15, "pb", "petabyte", "petabytes");
    data(1024, "kib");
    data(1024.0 * 1024, "mib");
    data(1024.0 * 1024 * 1024, "gib");
    data(1024.0 * 1024 * 1024 * 1024, "tib");
    data(1024.0 * 1024 * 1024 * 1024 * 1024, "pib");
  }

  private Units() {}

  private static void time(double seconds, String... names) {
    for (String name : names) {
      TIME.put(name, new TimeUnit(seconds, false));
    }
  }

  private static void period(String period, String... names) {
    for (String name : names) {
      PERIODS.put(name, period);
    }
  }

  private static void data(double bytes, String... names) {
    for (String name : names) {
      DATA.put(name, bytes);
    }
  }

  /** The time unit at token {@code i}, or null; bare abbreviations must match case exactly. */
  static TimeUnit time(TokenSeq t, int i) {
    if (!t.isWord(i)) {
      return null;
    }
    TimeUnit exact = TIME.get(t.text(i));
    if (exact != null && exact.exactCase()) {
      return exact;
    }
    TimeUnit unit = TIME.get(t.lower(i));
    return unit == null || unit.exactCase() ? null : unit;
  }

  /** The period a time word names ("day", "second", ...), or null. */
  static String period(TokenSeq t, int i) {
    if (!t.isWord(i)) {
      return null;
    }
    String text = t.text(i);
    if (text.length() == 1 && !text.equals(t.lower(i))) {
      return null;
    }
    return PERIODS.get(t.lower(i));
  }

  /** Whether a period word is one second. */
  static boolean isSecond(String word) {
    return SECOND_WORDS.contains(word);
  }

  /** The period an adverb names ("daily" is "day"), or null. */
  static String adverbPeriod(TokenSeq t, int i) {
    return t.isWord(i) ? ADVERB_PERIODS.get(t.lower(i)) : null;
  }

  /** Bytes in one unit of the data size at token {@code i}, or 0 when it is not one. */
  static double dataBytes(TokenSeq t, int i) {
    if (!t.isWord(i)) {
      return 0;
    }
    Double bytes = DATA.get(t.lower(i));
    return bytes == null ? 0 : bytes;
  }

  /** The measure of a throughput acronym ("qps" is "queries"), or null. */
  static String throughputMeasure(TokenSeq t, int i) {
    return t.isWord(i) ? THROUGHPUT.get(t.lower(i)) : null;
  }

  /** Seconds in a period. */
  static double seconds(String period) {
    switch (period) {
      case "second":
        return 1;
      case "minute":
        return 60;
      case "hour":
        return 3600;
      case "day":
        return 86_400;
      case "week":
        return 604_800;
      case "month":
        return 2_592_000;
      case "year":
        return 31_536_000;
      default:
        throw new IllegalArgumentException(period);
    }
  }

  /**
   * The percentage unit at token {@code i}: "%", "percent", "pct", "per cent", "pp", "percentage
   * points", "bps", "basis points". Returns null if none starts there.
   */
  static PercentUnit percent(TokenSeq t, int i) {
    if (t.symbol(i, "%") || t.symbol(i, "\uFF05")) {
      return PercentUnit.PERCENT;
    }
    if (!t.isWord(i)) {
      return null;
    }
    boolean points = t.word(i + 1, "points") || t.word(i + 1, "point");
    switch (t.lower(i)) {
      case "percent":
      case "pct":
      case "pp":
        return PercentUnit.PERCENT;
      case "per":
        return t.word(i + 1, "cent") ? PercentUnit.PERCENT.wider() : null;
      case "percentage":
        return points ? PercentUnit.PERCENT.wider() : null;
      case "bps":
      case "bp":
        return PercentUnit.BASIS_POINT;
      case "basis":
        return points ? PercentUnit.BASIS_POINT.wider() : null;
      default:
        return null;
    }
  }
}
