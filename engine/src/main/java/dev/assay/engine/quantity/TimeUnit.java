package dev.assay.engine.quantity;

/**
 * A unit of time as it may follow a number.
 *
 * @param seconds the length of one unit in seconds
 * @param exactCase whether the unit is a bare abbreviation ("s", "h", "d", "us") that counts
 *     only in exactly that case and never after a hyphen ("3-D" is not three days)
 */
record TimeUnit(double seconds, boolean exactCase) {

  /** Whether the unit is below a second (ms, µs, ns), which always measures a latency. */
  boolean subSecond() {
    return seconds < 1;
  }

  /** Milliseconds in one unit. */
  double millis() {
    return seconds * 1000;
  }
}
