package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Span;

/** Asserts the span invariant over a whole evaluation: every span is in bounds and quotes the answer. */
final class SpanChecks {
  private SpanChecks() {}

  static int assertSpans(String answer, Evaluation e) {
    int n = 0;
    for (Evaluation.StepResult s : e.steps()) {
      for (Evaluation.Range r : s.segments()) {
        assertTrue(0 <= r.start() && r.start() <= r.end() && r.end() <= answer.length(), "segment out of bounds");
      }
      for (Evaluation.CriterionResult c : s.criteria()) {
        for (Span span : c.evidence()) {
          check(answer, span);
          n++;
        }
      }
    }
    for (Evaluation.Finding f : e.findings()) {
      for (Span span : f.spans()) {
        check(answer, span);
        n++;
      }
    }
    for (Span span : e.facts().latencyBudgets()) {
      check(answer, span);
    }
    for (Span span : e.facts().scale()) {
      check(answer, span);
    }
    return n;
  }

  private static void check(String answer, Span span) {
    assertTrue(span.start() >= 0 && span.end() <= answer.length() && span.start() < span.end(),
        "span out of bounds: " + span + " in " + answer.length() + " chars");
    assertEquals(answer.substring(span.start(), span.end()), span.text(), "span text differs from the answer");
  }
}
