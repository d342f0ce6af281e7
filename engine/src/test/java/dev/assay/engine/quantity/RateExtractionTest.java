package dev.assay.engine.quantity;

import static dev.assay.engine.quantity.Extracted.all;
import static dev.assay.engine.quantity.Extracted.assertRange;
import static dev.assay.engine.quantity.Extracted.assertSpan;
import static dev.assay.engine.quantity.Extracted.assertValue;
import static dev.assay.engine.quantity.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateExtractionTest {

  @Test
  void readsPercentFollowedByItsClass() {
    String text = "We assume 0.1% fraud overall.";
    Quantity q = only(text);
    assertEquals(QuantityKind.RATE, q.kind());
    assertValue(0.001, q);
    assertEquals("fraud", q.measure());
    assertSpan(text, q, 10, 20, "0.1% fraud");
  }

  @Test
  void readsClassNamedBeforeThePercentAndThePopulationAfter() {
    String text = "Labels say fraud is roughly 0.1% of transactions.";
    Quantity q = only(text);
    assertValue(0.001, q);
    assertEquals("fraud", q.measure());
    assertEquals("approx", q.bound());
    assertSpan(text, q, 11, 48, "fraud is roughly 0.1% of transactions");
  }

  @Test
  void readsClassNamedThroughACopulaAfterThePopulation() {
    String text = "Moderators find about 3% of comments are toxic.";
    Quantity q = only(text);
    assertValue(0.03, q);
    assertEquals("toxic", q.measure());
    assertEquals("approx", q.bound());
    assertSpan(text, q, 16, 46, "about 3% of comments are toxic");
  }

  @Test
  void readsCtrAfterAndBeforeThePercent() {
    String after = "Assume a 1% CTR on the feed.";
    Quantity q = only(after);
    assertValue(0.01, q);
    assertEquals("ctr", q.measure());
    assertSpan(after, q, 9, 15, "1% CTR");

    String before = "Historically CTR around 2% holds.";
    Quantity r = only(before);
    assertValue(0.02, r);
    assertEquals("ctr", r.measure());
    assertEquals("approx", r.bound());
    assertSpan(before, r, 13, 26, "CTR around 2%");
  }

  @Test
  void readsPercentRangeOfPositives() {
    String text = "In the data positives are 1-2% overall.";
    Quantity q = only(text);
    assertRange(0.01, 0.02, q);
    assertEquals("positive", q.measure());
    assertSpan(text, q, 12, 30, "positives are 1-2%");
  }

  @Test
  void readsOneInAThousand() {
    String text = "Roughly 1 in 1,000 transactions is fraudulent.";
    Quantity q = only(text);
    assertEquals(QuantityKind.RATE, q.kind());
    assertValue(0.001, q);
    assertEquals("fraud", q.measure());
    assertEquals("approx", q.bound());
    assertSpan(text, q, 0, 45, "Roughly 1 in 1,000 transactions is fraudulent");
  }

  @Test
  void readsOneInAThousandInWords() {
    Quantity q = only("Spam is one in a thousand messages.");
    assertValue(0.001, q);
    assertEquals("spam", q.measure());
  }

  @Test
  void fallsBackToTheNounAfterOf() {
    String text = "We route 5% of traffic to the canary.";
    Quantity q = only(text);
    assertEquals("traffic", q.measure());
    assertSpan(text, q, 9, 22, "5% of traffic");
  }

  @Test
  void readsNamedRateBeforeABound() {
    String text = "Alert when the error rate goes above 0.5%.";
    Quantity q = only(text);
    assertValue(0.005, q);
    assertEquals("error", q.measure());
    assertEquals("lower", q.bound());
    assertSpan(text, q, 15, 41, "error rate goes above 0.5%");
  }

  @Test
  void readsFalsePositiveRate() {
    Quantity q = only("Keep it under 2% false positive rate.");
    assertEquals("false-positive", q.measure());
    assertEquals("upper", q.bound());
  }

  @Test
  void readsBasisPoints() {
    Quantity q = only("Chargebacks run at 20 bps of volume.");
    assertValue(0.002, q);
    assertEquals("chargeback", q.measure());
  }

  @Test
  void leavesAnUnrelatedPercentWithoutMeasure() {
    Quantity q = only("The ramp goes to 25% next.");
    assertEquals("", q.measure());
    assertValue(0.25, q);
  }

  @Test
  void readsPercentSpelledOut() {
    Quantity q = only("Only five percent of sessions convert.");
    assertValue(0.05, q);
    assertEquals("sessions", q.measure());
  }

  @Test
  void neverReadsAPeakFactorAsARate() {
    assertTrue(all("With a 5x peak factor we are fine.").isEmpty());
  }

  @Test
  void doesNotNameARateAfterAComparative() {
    Quantity q = only("The student is 40% smaller.");
    assertEquals("", q.measure());
  }
}
