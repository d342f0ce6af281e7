package dev.assay.engine.quantity;

import static dev.assay.engine.quantity.Extracted.assertRange;
import static dev.assay.engine.quantity.Extracted.assertSpan;
import static dev.assay.engine.quantity.Extracted.assertValue;
import static dev.assay.engine.quantity.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LatencyExtractionTest {

  @Test
  void readsPercentileUnderMillisecondsAsOneExpression() {
    String text = "The checkout call needs p99 under 100 ms end to end.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertValue(100, q);
    assertEquals("p99", q.percentile());
    assertEquals("upper", q.bound());
    assertEquals("latency", q.measure());
    assertFalse(q.isRange());
    assertSpan(text, q, 24, 40, "p99 under 100 ms");
  }

  @Test
  void readsOrdinalPercentileWithGluedUnit() {
    String text = "Scoring must stay at the 99th percentile below 80ms.";
    Quantity q = only(text);
    assertValue(80, q);
    assertEquals("p99", q.percentile());
    assertEquals("upper", q.bound());
    assertSpan(text, q, 25, 51, "99th percentile below 80ms");
  }

  @Test
  void readsLessThanSignAndSpelledUnit() {
    String text = "Target: p95 < 200 milliseconds for the ranking call.";
    Quantity q = only(text);
    assertValue(200, q);
    assertEquals("p95", q.percentile());
    assertEquals("upper", q.bound());
    assertSpan(text, q, 8, 30, "p95 < 200 milliseconds");
  }

  @Test
  void readsSubPrefixAsUpperBound() {
    String text = "We keep the model sub-100 ms on CPU.";
    Quantity q = only(text);
    assertValue(100, q);
    assertEquals("upper", q.bound());
    assertNull(q.percentile());
    assertSpan(text, q, 18, 28, "sub-100 ms");
  }

  @Test
  void readsUnderAsUpperBound() {
    String text = "Each feature lookup returns under 50 ms.";
    Quantity q = only(text);
    assertValue(50, q);
    assertEquals("upper", q.bound());
    assertSpan(text, q, 28, 39, "under 50 ms");
  }

  @Test
  void readsHyphenatedRangeWithGluedUnit() {
    String text = "The ranker takes 50-100ms per request.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertRange(50, 100, q);
    assertEquals("exact", q.bound());
    assertSpan(text, q, 17, 25, "50-100ms");
  }

  @Test
  void readsToRange() {
    String text = "Expect 50 to 100 ms for the retrieval stage.";
    Quantity q = only(text);
    assertRange(50, 100, q);
    assertSpan(text, q, 7, 19, "50 to 100 ms");
  }

  @Test
  void readsSecondsAsLatencyWhenTheSentenceIsAboutResponding() {
    String text = "The page must respond within 2 seconds.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertValue(2000, q);
    assertEquals("upper", q.bound());
    assertSpan(text, q, 22, 38, "within 2 seconds");
  }

  @Test
  void readsFractionOfASecondAsMilliseconds() {
    String text = "Render the shelf in a fifth of a second.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertValue(200, q);
    assertSpan(text, q, 20, 39, "a fifth of a second");
  }

  @Test
  void readsHalfASecond() {
    String text = "The whole call gets half a second.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertValue(500, q);
    assertSpan(text, q, 20, 33, "half a second");
  }

  @Test
  void readsATenthOfASecond() {
    String text = "Retrieval gets a tenth of a second.";
    Quantity q = only(text);
    assertValue(100, q);
    assertSpan(text, q, 15, 34, "a tenth of a second");
  }

  @Test
  void readsNumbersWrittenInWords() {
    String fifty = "The lookup adds fifty milliseconds.";
    Quantity q = only(fifty);
    assertValue(50, q);
    assertSpan(fifty, q, 16, 34, "fifty milliseconds");

    String twoHundred = "Allow two hundred ms for the ranker.";
    Quantity r = only(twoHundred);
    assertValue(200, r);
    assertSpan(twoHundred, r, 6, 20, "two hundred ms");
  }

  @Test
  void readsDecimalSecondsAfterAPercentile() {
    String text = "A p99 latency of 1.5 s is too slow here.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertValue(1500, q);
    assertEquals("p99", q.percentile());
    assertEquals("exact", q.bound());
    assertSpan(text, q, 2, 22, "p99 latency of 1.5 s");
  }

  @Test
  void readsMicrosecondsInEverySpelling() {
    String micro = "The cache answers in 300µs.";
    Quantity q = only(micro);
    assertValue(0.3, q);
    assertSpan(micro, q, 21, 26, "300µs");

    String ascii = "The cache answers in 300 us.";
    Quantity r = only(ascii);
    assertValue(0.3, r);
    assertSpan(ascii, r, 21, 27, "300 us");

    String words = "Hashing costs 40 microseconds.";
    Quantity s = only(words);
    assertValue(0.04, s);
    assertSpan(words, s, 14, 29, "40 microseconds");
  }

  @Test
  void readsLatencyOfAndBudgetColonFromTheNumberOn() {
    String of = "There is a latency of 10 ms for the join.";
    Quantity q = only(of);
    assertValue(10, q);
    assertSpan(of, q, 22, 27, "10 ms");

    String budget = "Inference budget: 30 ms.";
    Quantity r = only(budget);
    assertValue(30, r);
    assertSpan(budget, r, 18, 23, "30 ms");
  }

  @Test
  void readsPercentileWrittenAfterTheValue() {
    String text = "The service returns within 250 ms at p99.";
    Quantity q = only(text);
    assertValue(250, q);
    assertEquals("p99", q.percentile());
    assertEquals("upper", q.bound());
    assertSpan(text, q, 20, 40, "within 250 ms at p99");
  }

  @Test
  void readsTildeAsApproximate() {
    String text = "Scoring takes ~15 ms on a CPU core.";
    Quantity q = only(text);
    assertEquals("approx", q.bound());
    assertSpan(text, q, 14, 20, "~15 ms");
  }

  @Test
  void readsNoMoreThanAsUpperBound() {
    String text = "The filter must add no more than 5 ms.";
    Quantity q = only(text);
    assertEquals("upper", q.bound());
    assertSpan(text, q, 20, 37, "no more than 5 ms");
  }

  @Test
  void readsGoesOverAsLowerBoundOfAnAlert() {
    String text = "Alert when p99 goes over 300 ms.";
    Quantity q = only(text);
    assertEquals("lower", q.bound());
    assertEquals("p99", q.percentile());
    assertSpan(text, q, 11, 31, "p99 goes over 300 ms");
  }

  @Test
  void countsOffsetsInUtf16UnitsAfterAnEmoji() {
    String text = "Serving in \uD83D\uDE00 40 ms works.";
    Quantity q = only(text);
    assertSpan(text, q, 14, 19, "40 ms");
  }

  @Test
  void leavesTailLatencyWithoutAPercentileLabel() {
    Quantity q = only("Tail latency stays under 120 ms.");
    assertNull(q.percentile());
    assertValue(120, q);
  }

  @Test
  void readsMedianAsP50() {
    Quantity q = only("The median is 20 ms.");
    assertEquals("p50", q.percentile());
  }

  @Test
  void readsP999() {
    Quantity q = only("We hold p99.9 below 400 ms.");
    assertEquals("p999", q.percentile());
    assertValue(400, q);
  }
  // The spellings the issue names: ranges, "sub-", numbers in words, fractions, "p99 of".

  @Test
  void readsUnderATenthOfASecondAsAnUpperBoundOf100Ms() {
    String text = "The call must return in under a tenth of a second.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertValue(100, q);
    assertEquals("upper", q.bound());
    assertSpan(text, q, 24, 49, "under a tenth of a second");
  }

  @Test
  void readsPercentileOfValue() {
    String spaced = "We need a p99 of 80 ms.";
    Quantity q = only(spaced);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertValue(80, q);
    assertEquals("p99", q.percentile());
    assertSpan(spaced, q, 10, 22, "p99 of 80 ms");

    String glued = "The p99 of 80ms leaves room for ranking.";
    Quantity r = only(glued);
    assertValue(80, r);
    assertEquals("p99", r.percentile());
    assertSpan(glued, r, 4, 15, "p99 of 80ms");
  }

  @Test
  void readsHyphenatedOrdinalPercentileBeforeLatencyOf() {
    String text = "A 99th-percentile latency of 80 ms.";
    Quantity q = only(text);
    assertValue(80, q);
    assertEquals("p99", q.percentile());
    assertSpan(text, q, 2, 34, "99th-percentile latency of 80 ms");
  }

  @Test
  void readsEnDashAndBetweenRanges() {
    String dash = "Ranking takes 50\u2013100 ms.";
    Quantity q = only(dash);
    assertRange(50, 100, q);
    assertSpan(dash, q, 14, 23, "50\u2013100 ms");

    String between = "Ranking takes between 50 and 100 ms.";
    Quantity r = only(between);
    assertRange(50, 100, r);
    assertSpan(between, r, 14, 35, "between 50 and 100 ms");
  }

  @Test
  void readsRangeWrittenInWords() {
    String text = "Fifty to a hundred milliseconds per call.";
    Quantity q = only(text);
    assertEquals(QuantityKind.LATENCY, q.kind());
    assertRange(50, 100, q);
    assertSpan(text, q, 0, 31, "Fifty to a hundred milliseconds");
  }

  @Test
  void readsSubWithoutAHyphenAsUpperBound() {
    String text = "Keep it sub 100 ms.";
    Quantity q = only(text);
    assertValue(100, q);
    assertEquals("upper", q.bound());
    assertSpan(text, q, 8, 18, "sub 100 ms");
  }

  @Test
  void readsBoundWrittenAfterTheFigure() {
    String orLess = "Scoring takes 200 milliseconds or less.";
    Quantity q = only(orLess);
    assertValue(200, q);
    assertEquals("upper", q.bound());
    assertSpan(orLess, q, 14, 38, "200 milliseconds or less");

    String atMost = "Allow 30 ms at most for features.";
    Quantity r = only(atMost);
    assertEquals("upper", r.bound());
    assertSpan(atMost, r, 6, 19, "30 ms at most");

    String orSo = "It takes 100 ms or so.";
    assertEquals("approx", only(orSo).bound());
  }

  @Test
  void leavesAnAlternativeFigureAfterOrAlone() {
    String text = "Either 100 ms or 200 ms, depending on load.";
    var qs = Extracted.all(text);
    assertEquals(2, qs.size(), Extracted.describe(text, qs));
    assertEquals("exact", qs.get(0).bound());
    assertSpan(text, qs.get(0), 7, 13, "100 ms");
    assertSpan(text, qs.get(1), 17, 23, "200 ms");
  }
}
