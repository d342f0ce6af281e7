package dev.assay.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RobustnessTest {

  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();
  private static final Set<String> BOUNDS = Set.of("upper", "lower", "approx", "exact");

  /** Pieces random texts are built from: fragments of expressions, noise and odd characters. */
  private static final String[] PIECES = {
    "5", "50", "0.1", "2,000", "1,2,3", "10^6", "1e6", "1e999", "9^999", ".5", "1.2.3", "3-",
    "-", "–", "/", "/s", "%", "~", "<", ">=", "≤", "ms", "s", "us", "µs", "k", "M", "B", "x",
    "TPS", "QPS", "DAU", "users", "requests", "a day", "per", "per user", "per day", "of", "are",
    "toxic", "fraud", "p99", "99th", "th", "percentile", "under", "sub-", "at most", "a", "fifth",
    "half", "of a", "second", "seconds", "days", "one", "hundred", "thousand", "and a half",
    "in", "1 in", "every", "daily", "monthly", "|", ":", "=", "@", "#", "$", "top", "(", ")",
    "\n", "\n\n", ". ", " ", " ", " ", "\t", "😀", "👍🏽", "\u0301", "e\u0301", "日本語", "数据",
    "\uD800", "\uDC00", "\u00A0", "\u2009", "Ω", "ß", "İ", "TB", "GB", "bytes", "× "
  };

  @Test
  void neverThrowsAndKeepsSpansInsideSeededRandomText() {
    Random random = new Random(20240611L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int p = 0; p < pieces; p++) {
        if (random.nextInt(5) == 0) {
          text.appendCodePoint(randomCodePoint(random));
        } else {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      checkWellFormed(text.toString());
    }
  }

  @Test
  void handlesTheEmptyString() {
    assertTrue(EXTRACTOR.extract("").isEmpty());
  }

  @Test
  void handlesAHundredThousandDigits() {
    checkWellFormed("7".repeat(100_000));
  }

  @Test
  void handlesAHundredThousandCharactersOfDigitsAndSeparators() {
    StringBuilder b = new StringBuilder();
    String[] parts = {"1", ",", "234", ".", "5", "-", "6", "^", "e", "/", "%", " "};
    Random random = new Random(7L);
    while (b.length() < 100_000) {
      b.append(parts[random.nextInt(parts.length)]);
    }
    checkWellFormed(b.toString());
    checkWellFormed("1,000".repeat(20_000));
    checkWellFormed("1.2".repeat(33_334));
  }

  @Test
  void handlesAHundredThousandCharactersOfRepeatedExpressions() {
    List<Quantity> qs = checkWellFormed("p99 under 100 ms, ".repeat(5_600));
    assertEquals(5_600, qs.size());
    checkWellFormed("a fifth of a ".repeat(7_700));
    checkWellFormed("one hundred thousand million ".repeat(3_500));
    checkWellFormed("5 times a day ".repeat(7_200));
    checkWellFormed("~".repeat(100_000));
    checkWellFormed("of the ".repeat(14_300));
    checkWellFormed("10k/s 5M users a day 3% ".repeat(4_000));
  }

  @Test
  void handlesAHundredThousandCharactersOfMixedScripts() {
    StringBuilder b = new StringBuilder();
    Random random = new Random(99L);
    while (b.length() < 100_000) {
      b.appendCodePoint(randomCodePoint(random));
      if (random.nextInt(10) == 0) {
        b.append(" 50 ms ");
      }
    }
    List<Quantity> qs = checkWellFormed(b.toString());
    assertFalse(qs.isEmpty());
  }

  @Test
  void givesTheSameAnswerFromManyThreads() throws Exception {
    String text =
        "Assume 500M DAU, ~5 requests per user per day, so ~29k QPS; p99 under 200 ms; 0.1% fraud"
            + " over a 30-day window.";
    List<Quantity> expected = EXTRACTOR.extract(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Quantity>>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> EXTRACTOR.extract(text)));
      }
      for (Future<List<Quantity>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int randomCodePoint(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return 0x1F300 + random.nextInt(0x300);
      case 1:
        return 0x0300 + random.nextInt(0x70);
      case 2:
        return 0x4E00 + random.nextInt(0x5000);
      case 3:
        return 0x20 + random.nextInt(0x5F);
      case 4:
        return random.nextInt(0x3000);
      default:
        return '0' + random.nextInt(10);
    }
  }

  private static List<Quantity> checkWellFormed(String text) {
    List<Quantity> qs = EXTRACTOR.extract(text);
    assertNotNull(qs);
    int lastEnd = 0;
    for (Quantity q : qs) {
      assertNotNull(q.kind());
      assertTrue(q.start() >= lastEnd, "sorted and non-overlapping");
      assertTrue(q.start() < q.end() && q.end() <= text.length(), "span inside the text");
      assertFalse(Character.isLowSurrogate(text.charAt(q.start())), "starts on a code point");
      assertTrue(Double.isFinite(q.value()) && Double.isFinite(q.low()), "finite values");
      assertTrue(q.low() <= q.value(), "low at most value");
      assertTrue(BOUNDS.contains(q.bound()), "known bound");
      assertNotNull(q.measure());
      lastEnd = q.end();
    }
    assertNotNull(ScaleCheck.conflicts(qs));
    return qs;
  }
}
