package dev.assay.engine.bench;

import java.util.Arrays;

/**
 * A summary of timed calls: how many, the median, the 99th percentile, the mean and the slowest,
 * in milliseconds of elapsed time, and the mean CPU time of the calling thread per call (-1 when
 * unknown). On a machine other work shares, elapsed times stretch while CPU time barely moves.
 */
public record Latencies(int count, double p50Ms, double p99Ms, double meanMs, double maxMs, double cpuMeanMs) {

  /** Summarises durations in nanoseconds (nearest-rank percentiles); an empty array gives zeros. */
  public static Latencies ofNanos(long[] nanos, int count) {
    return ofNanos(nanos, count, -1);
  }

  /** Summarises durations, with the thread's CPU time over all the calls ({@code cpuNanos}, -1 if unknown). */
  public static Latencies ofNanos(long[] nanos, int count, long cpuNanos) {
    if (count == 0) {
      return new Latencies(0, 0, 0, 0, 0, -1);
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    double sum = 0;
    for (long n : sorted) {
      sum += n;
    }
    return new Latencies(
        count, ms(rank(sorted, 0.50)), ms(rank(sorted, 0.99)), ms(sum / count), ms(sorted[count - 1]), cpuNanos < 0 ? -1 : ms((double) cpuNanos / count));
  }

  private static long rank(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(double nanos) {
    return nanos / 1e6;
  }
}
