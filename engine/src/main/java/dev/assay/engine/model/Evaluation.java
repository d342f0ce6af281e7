package dev.assay.engine.model;

import java.util.List;

/** The graded result for one answer, shaped as the contract's evaluation JSON. */
public record Evaluation(
    EngineInfo engine,
    RubricRef rubric,
    PromptInfo prompt,
    Score score,
    List<StepResult> steps,
    List<Finding> findings,
    List<ReviewItem> needsReview,
    Facts facts,
    List<RuleFailure> failures) {

  /** Which engine produced it. */
  public record EngineInfo(String name, String version) {}

  /** Which rubric, at which version, it was graded against. */
  public record RubricRef(String id, String version) {}

  /** The prompt as resolved: from the catalogue, given explicitly, or inferred from its text. */
  public record PromptInfo(
      String id,
      String text,
      String problemType,
      String problemTypeSource,
      double confidence,
      boolean rarePositiveClass) {}

  /** The total, its maximum and the 1-4 grade. */
  public record Score(double total, double max, int grade, String gradeLabel) {}

  /** One framework step: its score, the spans assigned to it and every criterion's judgement. */
  public record StepResult(
      String step, double score, double max, List<Range> segments, List<CriterionResult> criteria) {}

  /** A bare range, for segments. */
  public record Range(int start, int end) {}

  /** One criterion's status, points and the evidence for it. */
  public record CriterionResult(
      String id,
      String status,
      double points,
      double maxPoints,
      double confidence,
      List<Span> evidence,
      List<String> rules) {}

  /** A piece of feedback tied to exact spans of the answer. */
  public record Finding(
      String ruleId,
      String criterion,
      String step,
      String severity,
      String message,
      String suggestion,
      List<Span> spans) {}

  /** A judgement with thin or conflicting evidence that an instructor should check first. */
  public record ReviewItem(String criterion, String status, double confidence, String reason) {}

  /** A rule or plugin that failed while grading; the rest of the evaluation stands. */
  public record RuleFailure(String ruleId, String error) {}

  /** The figures and named choices found in the answer. */
  public record Facts(
      List<Span> latencyBudgets,
      List<Span> metrics,
      List<Span> baselines,
      List<Span> scale,
      int words) {}
}
