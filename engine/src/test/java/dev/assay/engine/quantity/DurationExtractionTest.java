package dev.assay.engine.quantity;

import static dev.assay.engine.quantity.Extracted.assertRange;
import static dev.assay.engine.quantity.Extracted.assertSpan;
import static dev.assay.engine.quantity.Extracted.assertValue;
import static dev.assay.engine.quantity.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationExtractionTest {

  @Test
  void readsDaysInSeconds() {
    String text = "Labels settle in 90 days.";
    Quantity q = only(text);
    assertEquals(QuantityKind.DURATION, q.kind());
    assertValue(90 * 86_400, q);
    assertEquals("window", q.measure());
    assertSpan(text, q, 17, 24, "90 days");
  }

  @Test
  void readsAnArticleBeforeATimeUnitAsOne() {
    String text = "Embeddings are cached for an hour.";
    Quantity q = only(text);
    assertEquals(QuantityKind.DURATION, q.kind());
    assertValue(3_600, q);
    assertEquals("an hour", text.substring(q.start(), q.end()));
  }

  @Test
  void leavesAnArticleThatIsAPeriodAlone() {
    String text = "We see 50M transactions a day.";
    Quantity q = only(text);
    assertEquals(QuantityKind.VOLUME, q.kind());
    assertEquals("day", q.per());
  }

  @Test
  void readsHyphenatedDayWindowWithItsNoun() {
    String text = "Features use a 30-day window.";
    Quantity q = only(text);
    assertValue(30 * 86_400, q);
    assertEquals("window", q.measure());
    assertSpan(text, q, 15, 28, "30-day window");
  }

  @Test
  void readsEveryAsAnInterval() {
    String text = "Retrain every 6 hours.";
    Quantity q = only(text);
    assertValue(6 * 3600, q);
    assertEquals("interval", q.measure());
    assertSpan(text, q, 14, 21, "6 hours");
  }

  @Test
  void readsWeeksInWords() {
    String text = "The test runs two weeks.";
    Quantity q = only(text);
    assertValue(14 * 86_400, q);
    assertSpan(text, q, 14, 23, "two weeks");
  }

  @Test
  void readsSecondsAsDurationWithoutALatencyContext() {
    String text = "We wait 5 s between retries.";
    Quantity q = only(text);
    assertEquals(QuantityKind.DURATION, q.kind());
    assertValue(5, q);
    assertSpan(text, q, 8, 11, "5 s");
  }

  @Test
  void readsSecondsAsDurationWhenTheyAreAHistoryWindow() {
    Quantity q =
        only("The detector looks at the last 5 seconds of frames before it can serve a result.");
    assertEquals(QuantityKind.DURATION, q.kind());
  }

  @Test
  void readsLongSecondsAsDurationEvenInALatencyContext() {
    Quantity q = only("Latency budgets aside, the watch counts after 30 s.");
    assertEquals(QuantityKind.DURATION, q.kind());
    assertValue(30, q);
  }

  @Test
  void readsRetentionFromTheSentence() {
    String text = "Raw logs are kept for 30 days.";
    Quantity q = only(text);
    assertEquals("retention", q.measure());
    assertSpan(text, q, 22, 29, "30 days");
  }

  @Test
  void readsDayRangeWithBound() {
    String text = "Chargebacks land within 30–90 days.";
    Quantity q = only(text);
    assertRange(30 * 86_400, 90 * 86_400, q);
    assertEquals("upper", q.bound());
    assertSpan(text, q, 17, 34, "within 30–90 days");
  }

  @Test
  void readsShortAbbreviations() {
    assertValue(86_400, only("Join clicks over 1d."));
    assertValue(7 * 86_400, only("Keep 7d of history."));
    assertValue(24 * 3600, only("Counts over 24h."));
    assertValue(5 * 60, only("Alert after 5 min."));
  }

  @Test
  void readsMonthsAndYears() {
    assertValue(3 * 2_592_000, only("Backfill three months."));
    assertValue(2 * 31_536_000, only("Train on 2 years of data."));
  }
}
