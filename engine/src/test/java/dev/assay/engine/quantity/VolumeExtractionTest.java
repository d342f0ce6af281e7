package dev.assay.engine.quantity;

import static dev.assay.engine.quantity.Extracted.all;
import static dev.assay.engine.quantity.Extracted.assertRange;
import static dev.assay.engine.quantity.Extracted.assertSpan;
import static dev.assay.engine.quantity.Extracted.assertValue;
import static dev.assay.engine.quantity.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeExtractionTest {

  @Test
  void readsDauAsDailyUserCount() {
    String text = "The app has 500M DAU.";
    Quantity q = only(text);
    assertEquals(QuantityKind.VOLUME, q.kind());
    assertValue(500_000_000, q);
    assertEquals("dau", q.measure());
    assertEquals("day", q.per());
    assertSpan(text, q, 12, 20, "500M DAU");
  }

  @Test
  void readsDailyActiveUsersSpelledOut() {
    String text = "Assume 500 million daily active users.";
    Quantity q = only(text);
    assertValue(500_000_000, q);
    assertEquals("dau", q.measure());
    assertSpan(text, q, 7, 37, "500 million daily active users");
  }

  @Test
  void readsMauAsMonthlyUserCount() {
    String text = "It reaches 2B MAU.";
    Quantity q = only(text);
    assertValue(2_000_000_000, q);
    assertEquals("mau", q.measure());
    assertEquals("month", q.per());
    assertSpan(text, q, 11, 17, "2B MAU");
  }

  @Test
  void readsStockOfVideosThroughAnAdjective() {
    String text = "There are ~1B public videos in the corpus.";
    Quantity q = only(text);
    assertValue(1e9, q);
    assertEquals("videos", q.measure());
    assertNull(q.per());
    assertEquals("approx", q.bound());
    assertSpan(text, q, 10, 27, "~1B public videos");
  }

  @Test
  void readsTransactionsADay() {
    String text = "The gateway sees 50M transactions a day.";
    Quantity q = only(text);
    assertValue(50_000_000, q);
    assertEquals("transactions", q.measure());
    assertEquals("day", q.per());
    assertSpan(text, q, 17, 39, "50M transactions a day");
  }

  @Test
  void readsCompoundNounTakingItsLastWord() {
    String text = "That is 2.5B feed loads a day.";
    Quantity q = only(text);
    assertValue(2.5e9, q);
    assertEquals("loads", q.measure());
    assertSpan(text, q, 8, 29, "2.5B feed loads a day");
  }

  @Test
  void readsMagnitudeWordBeforeNewPosts() {
    String text = "Members write 50 million new posts a day.";
    Quantity q = only(text);
    assertValue(50_000_000, q);
    assertEquals("posts", q.measure());
    assertEquals("day", q.per());
    assertSpan(text, q, 14, 40, "50 million new posts a day");
  }

  @Test
  void readsRequestsPerUserPerDay() {
    String text = "Assume 10 requests per user per day.";
    Quantity q = only(text);
    assertValue(10, q);
    assertEquals("requests-per-user", q.measure());
    assertEquals("day", q.per());
    assertSpan(text, q, 7, 35, "10 requests per user per day");
  }

  @Test
  void readsTimesADayBesideAUserCountAsPerUser() {
    List<Quantity> qs = all("About 40M daily users open the app ~4 times a day.");
    assertEquals(2, qs.size());
    assertEquals("dau", qs.get(0).measure());
    assertEquals("times-per-user", qs.get(1).measure());
    assertEquals("day", qs.get(1).per());
  }

  @Test
  void readsPlainStocks() {
    String items = "The catalogue holds 100k items.";
    Quantity q = only(items);
    assertValue(100_000, q);
    assertEquals("items", q.measure());
    assertSpan(items, q, 20, 30, "100k items");

    String rows = "History is 36B rows.";
    Quantity r = only(rows);
    assertValue(36e9, r);
    assertSpan(rows, r, 11, 19, "36B rows");
  }

  @Test
  void readsDataVolumeInBytes() {
    String text = "The pipeline writes 5 TB of logs a day.";
    Quantity q = only(text);
    assertValue(5e12, q);
    assertEquals("bytes", q.measure());
    assertEquals("day", q.per());
    assertSpan(text, q, 20, 38, "5 TB of logs a day");
  }

  @Test
  void readsModelSizeAsParameters() {
    String text = "A 2B-parameter model is too heavy.";
    Quantity q = only(text);
    assertEquals(QuantityKind.VOLUME, q.kind());
    assertValue(2e9, q);
    assertEquals("parameters", q.measure());
    assertSpan(text, q, 2, 14, "2B-parameter");
  }

  @Test
  void readsScientificAndPowerNotation() {
    String text = "We expect 1e6 events and 10^6 users.";
    List<Quantity> qs = all(text);
    assertEquals(2, qs.size());
    assertValue(1e6, qs.get(0));
    assertSpan(text, qs.get(0), 10, 20, "1e6 events");
    assertValue(1e6, qs.get(1));
    assertSpan(text, qs.get(1), 25, 35, "10^6 users");
  }

  @Test
  void sharesTheMagnitudeOfARangeEnd() {
    String text = "Uploads run at 2–3M new clips a day.";
    Quantity q = only(text);
    assertRange(2e6, 3e6, q);
    assertEquals("clips", q.measure());
    assertSpan(text, q, 15, 35, "2–3M new clips a day");
  }

  @Test
  void readsAnEllipticDailyCountAfterMonthlyUsers() {
    String text = "We have 20M monthly users, 2M daily, and growth.";
    List<Quantity> qs = all(text);
    assertEquals(2, qs.size());
    assertEquals("mau", qs.get(0).measure());
    assertSpan(text, qs.get(0), 8, 25, "20M monthly users");
    assertEquals("dau", qs.get(1).measure());
    assertValue(2e6, qs.get(1));
    assertSpan(text, qs.get(1), 27, 35, "2M daily");
  }

  @Test
  void readsUserCountFromATableRow() {
    String text = "| Monthly active users | ~900M |";
    Quantity q = only(text);
    assertEquals("mau", q.measure());
    assertValue(9e8, q);
    assertEquals("~900M", text.substring(q.start(), q.end()));
  }

  @Test
  void readsPlusAsLowerBound() {
    Quantity q = only("It serves 10M+ users.");
    assertEquals("lower", q.bound());
    assertValue(1e7, q);
  }

  @Test
  void readsNumbersInWordsWithAMagnitude() {
    Quantity q = only("They file a million reports a day.");
    assertValue(1e6, q);
    assertEquals("reports", q.measure());
    assertEquals("day", q.per());
  }
}
