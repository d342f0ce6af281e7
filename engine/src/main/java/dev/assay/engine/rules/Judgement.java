package dev.assay.engine.rules;

import dev.assay.engine.model.Span;
import dev.assay.engine.model.Status;
import java.util.List;

/**
 * What one rule concluded: a status for a criterion (or none, for a finding only), how sure, and
 * the spans that show it.
 *
 * @param ruleId the rule's stable SCREAMING_SNAKE id
 * @param criterion the criterion judged, or null for a finding with no status
 * @param status the status, or null for a finding with no status
 * @param confidence how sure the rule is, 0 to 1
 * @param spans the evidence
 * @param detail a figure or explanation the rule computed, for the finding's message, or empty
 */
public record Judgement(
    String ruleId, String criterion, Status status, double confidence, List<Span> spans, String detail) {

  /** The criterion of a judgement that caps every criterion of the answer. */
  public static final String ALL = "*";

  /** The criterion of a judgement that caps the answer's grade at the rubric's lowest band. */
  public static final String GRADE = "*grade";

  /** Whether this judgement caps the whole answer rather than judging one criterion. */
  public boolean isCap() {
    return ALL.equals(criterion) || GRADE.equals(criterion);
  }

  /** Whether this judgement caps every criterion at its status. */
  public boolean capsCriteria() {
    return ALL.equals(criterion);
  }

  /** Whether this judgement caps the grade at the lowest band. */
  public boolean capsGrade() {
    return GRADE.equals(criterion);
  }
}
