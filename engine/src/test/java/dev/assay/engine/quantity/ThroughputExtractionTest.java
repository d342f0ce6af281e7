package dev.assay.engine.quantity;

import static dev.assay.engine.quantity.Extracted.all;
import static dev.assay.engine.quantity.Extracted.assertSpan;
import static dev.assay.engine.quantity.Extracted.assertValue;
import static dev.assay.engine.quantity.Extracted.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputExtractionTest {

  @Test
  void readsTpsWithThousandsSeparator() {
    String text = "Peak load is 3,000 TPS on sale days.";
    Quantity q = only(text);
    assertEquals(QuantityKind.THROUGHPUT, q.kind());
    assertValue(3000, q);
    assertEquals("transactions", q.measure());
    assertEquals("second", q.per());
    assertEquals("exact", q.bound());
    assertSpan(text, q, 13, 22, "3,000 TPS");
  }

  @Test
  void readsApproximateTps() {
    String text = "On average that is ~580 TPS.";
    Quantity q = only(text);
    assertValue(580, q);
    assertEquals("approx", q.bound());
    assertSpan(text, q, 19, 27, "~580 TPS");
  }

  @Test
  void readsRequestsPerSecondWithMagnitudeSuffix() {
    String text = "The fleet serves 29k requests/s today.";
    Quantity q = only(text);
    assertEquals(QuantityKind.THROUGHPUT, q.kind());
    assertValue(29_000, q);
    assertEquals("requests", q.measure());
    assertSpan(text, q, 17, 31, "29k requests/s");
  }

  @Test
  void readsBarePerSecondWithUnknownMeasure() {
    String text = "Plan for 90k/s at the evening peak.";
    Quantity q = only(text);
    assertEquals(QuantityKind.THROUGHPUT, q.kind());
    assertValue(90_000, q);
    assertEquals("", q.measure());
    assertSpan(text, q, 9, 14, "90k/s");
  }

  @Test
  void borrowsTheMeasureOfTheRateBeforeItInTheSentence() {
    String text = "That is ~29k requests/s on average and ~90k/s at peak.";
    List<Quantity> qs = all(text);
    assertEquals(2, qs.size());
    assertEquals("requests", qs.get(1).measure());
    assertValue(90_000, qs.get(1));
  }

  @Test
  void readsQpsWithCapitalK() {
    String text = "The index sees 10K QPS.";
    Quantity q = only(text);
    assertValue(10_000, q);
    assertEquals("queries", q.measure());
    assertSpan(text, q, 15, 22, "10K QPS");
  }

  @Test
  void readsNounPerSecond() {
    String text = "Writers create 2,000 posts per second.";
    Quantity q = only(text);
    assertValue(2000, q);
    assertEquals("posts", q.measure());
    assertSpan(text, q, 15, 37, "2,000 posts per second");
  }

  @Test
  void readsMillionQueriesPerSecond() {
    String text = "Search handles 1M queries per second.";
    Quantity q = only(text);
    assertValue(1_000_000, q);
    assertEquals("queries", q.measure());
    assertSpan(text, q, 15, 36, "1M queries per second");
  }

  @Test
  void readsRpsAfterPeakOf() {
    String text = "We size for a peak of 50k rps.";
    Quantity q = only(text);
    assertValue(50_000, q);
    assertEquals("requests", q.measure());
    assertSpan(text, q, 22, 29, "50k rps");
  }

  @Test
  void marksTheCapacityOfOneReplicaAsPerReplica() {
    String text = "One replica handles roughly 1,200 requests/s.";
    Quantity q = only(text);
    assertEquals("requests-per-replica", q.measure());
    assertEquals("approx", q.bound());
    assertSpan(text, q, 20, 44, "roughly 1,200 requests/s");
  }

  @Test
  void marksPerGpuThroughput() {
    String text = "Batch scoring reaches ~800 images/s per GPU.";
    Quantity q = only(text);
    assertEquals("images-per-gpu", q.measure());
    assertSpan(text, q, 22, 43, "~800 images/s per GPU");
  }

  @Test
  void readsQpsWrittenBeforeTheNumber() {
    Quantity q = only("Peak QPS: 35k.");
    assertEquals(QuantityKind.THROUGHPUT, q.kind());
    assertValue(35_000, q);
    assertEquals("queries", q.measure());
  }

  @Test
  void readsTableCellUnderAQpsHeader() {
    String text = "| Average QPS | ~46k |";
    Quantity q = only(text);
    assertValue(46_000, q);
    assertEquals("approx", q.bound());
    assertEquals("~46k", text.substring(q.start(), q.end()));
  }

  @Test
  void readsRangeOfRatesPerSecond() {
    Quantity q = only("Busy hours bring 400 to 500 per second.");
    assertEquals(QuantityKind.THROUGHPUT, q.kind());
    assertEquals(400, q.low(), 1e-9);
    assertValue(500, q);
  }
  @Test
  void readsOrMoreAfterTheRateAsLowerBound() {
    String text = "Plan for 5,000 requests per second or more at peak.";
    Quantity q = only(text);
    assertEquals(QuantityKind.THROUGHPUT, q.kind());
    assertValue(5000, q);
    assertEquals("lower", q.bound());
    assertSpan(text, q, 9, 42, "5,000 requests per second or more");
  }
}
