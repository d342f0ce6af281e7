package dev.assay.engine.quantity;

/**
 * One quantity stated in an answer, normalised, with the span of text that states it.
 *
 * <p>The value is normalised by kind: {@link QuantityKind#LATENCY} in milliseconds, {@link
 * QuantityKind#THROUGHPUT} per second, {@link QuantityKind#VOLUME} a plain count (bytes for data
 * volumes), {@link QuantityKind#RATE} a fraction (0.1% is 0.001) and {@link QuantityKind#DURATION}
 * in seconds.
 *
 * @param kind what sort of quantity this is
 * @param value the normalised value; for a range, its upper end
 * @param low the lower end of a range, or {@code value} when the expression is not a range
 * @param per for a volume, the period it is counted over ("second", "minute", "hour", "day",
 *     "week", "month", "year"), or null for a stock; "second" for a throughput
 * @param measure a short lowercase word for what is measured ("users", "dau", "requests", "fraud",
 *     "latency", "window", ...); a count per something other than time reads like
 *     "requests-per-user"; empty when unknown
 * @param percentile "p50", "p90", "p95", "p99", "p999" for a latency stated at a percentile, else
 *     null
 * @param bound "upper", "lower", "approx" or "exact"
 * @param start first UTF-16 offset of the expression in the text
 * @param end offset just past the expression
 */
public record Quantity(
    QuantityKind kind,
    double value,
    double low,
    String per,
    String measure,
    String percentile,
    String bound,
    int start,
    int end) {

  /** Whether the expression gives a range ("50-100 ms") rather than a single value. */
  public boolean isRange() {
    return low != value;
  }

  /** The expression this quantity was read from, cut out of the text it was extracted from. */
  public String textIn(String text) {
    return text.substring(start, end);
  }
}
