package dev.assay.api.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key: each key may make {@code burst} requests at once and {@code perSecond}
 * requests a second on average.
 */
final class RateLimiter {
  private final double perSecond;
  private final int burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /**
   * Takes one token from the key's bucket.
   *
   * @return 0 if the request may go ahead, else the whole seconds until a token is free
   */
  long acquire(String key) {
    return buckets.computeIfAbsent(key, k -> new Bucket()).take();
  }

  private final class Bucket {
    private double tokens = burst;
    private long last = System.nanoTime();

    synchronized long take() {
      long now = System.nanoTime();
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      double wait = (1 - tokens) / perSecond;
      return Math.max(1, (long) Math.ceil(wait));
    }
  }
}
