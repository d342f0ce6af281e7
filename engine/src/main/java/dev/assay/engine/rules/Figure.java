package dev.assay.engine.rules;

import dev.assay.engine.quantity.Quantity;
import dev.assay.engine.quantity.QuantityKind;

/**
 * A quantity found in the answer, flattened for rule patterns.
 *
 * @param kind latency, throughput, volume, rate or duration
 * @param value the normalised value (ms, per second, count, fraction, seconds)
 * @param per the period of a volume, or empty
 * @param measure what is measured ("users", "transactions", "fraud")
 * @param bound upper, lower, approx or exact
 * @param start first character
 * @param end just past the expression
 * @param sentence the sentence index
 * @param credited whether the candidate wrote it in the body
 */
public record Figure(
    QuantityKind kind,
    double value,
    String per,
    String measure,
    String bound,
    int start,
    int end,
    int sentence,
    boolean credited) {

  public static Figure of(Quantity q, int sentence, boolean credited) {
    return new Figure(
        q.kind(),
        q.value(),
        q.per() == null ? "" : q.per(),
        q.measure() == null ? "" : q.measure(),
        q.bound() == null ? "" : q.bound(),
        q.start(),
        q.end(),
        sentence,
        credited);
  }

  public boolean isLatency() {
    return kind == QuantityKind.LATENCY;
  }

  public boolean isScale() {
    return kind == QuantityKind.VOLUME || kind == QuantityKind.THROUGHPUT;
  }

  public boolean isRate() {
    return kind == QuantityKind.RATE;
  }

  public boolean isDuration() {
    return kind == QuantityKind.DURATION;
  }
}
