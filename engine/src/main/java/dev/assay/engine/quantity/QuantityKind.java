package dev.assay.engine.quantity;

/** The kinds of quantity an answer states, each with its own normalised unit. */
public enum QuantityKind {
  /** A response time, in milliseconds. */
  LATENCY,
  /** Events per second. */
  THROUGHPUT,
  /** A count, either a stock or counted over a period. */
  VOLUME,
  /** A fraction between 0 and 1 (a percentage divided by 100). */
  RATE,
  /** A span of time other than a response time, in seconds. */
  DURATION
}
