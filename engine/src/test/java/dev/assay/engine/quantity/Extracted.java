package dev.assay.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: extract from a sentence and assert on what came out. */
final class Extracted {

  static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

  /** Tolerance for normalised values. */
  static final double EPS = 1e-9;

  private Extracted() {}

  static List<Quantity> all(String text) {
    return EXTRACTOR.extract(text);
  }

  /** The one quantity in {@code text}; fails when there are none or several. */
  static Quantity only(String text) {
    List<Quantity> qs = all(text);
    assertEquals(
        1, qs.size(), () -> "expected one quantity in <" + text + "> but got " + describe(text, qs));
    return qs.get(0);
  }

  /** The quantities of one kind in {@code text}, in order. */
  static List<Quantity> ofKind(String text, QuantityKind kind) {
    return all(text).stream().filter(q -> q.kind() == kind).collect(Collectors.toList());
  }

  /** Asserts the span by its offsets and by the text it covers. */
  static void assertSpan(String text, Quantity q, int start, int end, String covered) {
    assertEquals(start, q.start(), "start");
    assertEquals(end, q.end(), "end");
    assertEquals(covered, text.substring(q.start(), q.end()));
  }

  static void assertValue(double expected, Quantity q) {
    double tolerance = Math.max(EPS, Math.abs(expected) * 1e-12);
    assertEquals(expected, q.value(), tolerance, "value");
  }

  static void assertRange(double low, double high, Quantity q) {
    assertEquals(low, q.low(), Math.max(EPS, Math.abs(low) * 1e-12), "low");
    assertValue(high, q);
    assertTrue(q.isRange(), "should be a range");
  }

  static String describe(String text, List<Quantity> qs) {
    return qs.stream()
        .map(q -> q.kind() + "<" + text.substring(q.start(), q.end()) + ">")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
