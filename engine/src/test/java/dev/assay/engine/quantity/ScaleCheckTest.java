package dev.assay.engine.quantity;

import static dev.assay.engine.quantity.Extracted.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleCheckTest {

  private static List<ScaleConflict> conflictsIn(String text) {
    return ScaleCheck.conflicts(all(text));
  }

  @Test
  void flagsADailyVolumeStatedAsTheSameNumberPerSecond() {
    String text =
        "For volume, say 50 million transactions a day, which is roughly 50,000 transactions"
            + " per second.";
    List<ScaleConflict> conflicts = conflictsIn(text);
    assertEquals(1, conflicts.size());
    ScaleConflict c = conflicts.get(0);
    assertEquals(QuantityKind.THROUGHPUT, c.stated().kind());
    assertEquals(50_000, c.stated().value(), 1e-9);
    assertEquals(QuantityKind.VOLUME, c.derivedFrom().kind());
    assertEquals(50_000_000, c.derivedFrom().value(), 1e-9);
    assertEquals(578.7, c.expected(), 0.1);
    assertEquals(86.4, c.ratio(), 0.01);
    assertEquals(
        "50,000,000 transactions a day is about 579 per second, not 50,000", c.explanation());
  }

  @Test
  void acceptsAverageAndAFivefoldPeak() {
    String text =
        "~50M transactions a day. That's ~580 TPS on average; with a 5x peak factor I'll size"
            + " for ~3,000 TPS.";
    assertTrue(conflictsIn(text).isEmpty());
  }

  @Test
  void acceptsUsersTimesVisitsWorkedThroughToRequestsPerSecond() {
    String text =
        "500M daily users opening home ~5 times a day: 2.5B feed loads a day, ~29k requests/s"
            + " on average and ~90k/s at peak";
    assertTrue(conflictsIn(text).isEmpty());
  }

  @Test
  void flagsUsersTimesRequestsPerUserGivenAsFarTooManyPerSecond() {
    String text =
        "We have 100M DAU. Each one sends 10 requests per user per day, so plan for 1M QPS.";
    List<ScaleConflict> conflicts = conflictsIn(text);
    assertEquals(1, conflicts.size());
    ScaleConflict c = conflicts.get(0);
    assertEquals(1_000_000, c.stated().value(), 1e-9);
    assertEquals("dau", c.derivedFrom().measure());
    assertEquals(11_574, c.expected(), 1);
    assertEquals(
        "100,000,000 daily users at 10 requests a day each is about 11,574 per second, not"
            + " 1,000,000",
        c.explanation());
  }

  @Test
  void flagsARateFarBelowTheDailyAverage() {
    List<ScaleConflict> conflicts = conflictsIn("We see 864M requests a day, so about 100 QPS.");
    assertEquals(1, conflicts.size());
    assertEquals(0.01, conflicts.get(0).ratio(), 1e-9);
  }

  @Test
  void acceptsAPeakUnderTwentyTimesTheAverage() {
    String text = "Expect 8.64M requests a day and a peak of 1,500 requests/s.";
    assertTrue(conflictsIn(text).isEmpty());
  }

  @Test
  void ignoresVolumesAndRatesOfDifferentThings() {
    String posts = "We get 50M new posts a day and serve 2M requests per second.";
    assertTrue(conflictsIn(posts).isEmpty());
    String media = "Sellers add 20M images a day; the player streams 5,000 videos/s.";
    assertTrue(conflictsIn(media).isEmpty());
  }

  @Test
  void ignoresTheCapacityOfOneMachine() {
    String text = "The platform sees 50M transactions a day. One pod handles 20 TPS.";
    assertTrue(conflictsIn(text).isEmpty());
  }

  @Test
  void comparesOnlyTheNearestPairInTextOrder() {
    String text =
        "There are 86.4M posts a day, ~1,000 posts/s on average. Reviewers label 400k posts a"
            + " day.";
    assertTrue(conflictsIn(text).isEmpty());
  }

  @Test
  void treatsQueriesAndRequestsAsOneFamily() {
    List<ScaleConflict> conflicts =
        conflictsIn("Search gets 10M queries a day, or 20k requests per second.");
    assertEquals(1, conflicts.size());
  }

  @Test
  void returnsNothingForNullEmptyOrNullEntries() {
    assertTrue(ScaleCheck.conflicts(null).isEmpty());
    assertTrue(ScaleCheck.conflicts(List.of()).isEmpty());
    List<Quantity> withNull = new ArrayList<>();
    withNull.add(null);
    assertTrue(ScaleCheck.conflicts(withNull).isEmpty());
  }

  @Test
  void explainsInOneLine() {
    List<ScaleConflict> conflicts =
        conflictsIn("Assume 1B events a day,\ni.e. 1B events per second.");
    assertEquals(1, conflicts.size());
    String why = conflicts.get(0).explanation();
    assertEquals("1,000,000,000 events a day is about 11,574 per second, not 1,000,000,000", why);
  }
}
