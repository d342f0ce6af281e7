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
    List<RuleFailure> failures,
    List<PackRef> rulePacks,
    List<PackFailure> packFailures) {

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

  /** A rule pack that took part in the grading, at its version. */
  public record PackRef(String id, String version) {}

  /**
   * A rule pack that failed while grading, or a judgement of one that was dropped; the rest of the
   * evaluation stands, graded as if the pack (or that judgement) were not there.
   *
   * @param pack the pack's id
   * @param version its version
   * @param kind {@code exception}, {@code firing-limit}, {@code time-limit}, {@code still-running}
   *     (a previous run that overstayed has not returned, so the pack was skipped) or {@code
   *     undeclared-criterion} (a rule judged a criterion the pack's manifest does not list)
   * @param ruleId the rule at fault, when one is known, else null
   * @param message what happened, for people
   */
  public record PackFailure(String pack, String version, String kind, String ruleId, String message) {}

  /** The figures and named choices found in the answer. */
  public record Facts(
      List<Span> latencyBudgets,
      List<Span> metrics,
      List<Span> baselines,
      List<Span> scale,
      int words) {}
}
