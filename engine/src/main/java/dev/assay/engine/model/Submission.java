package dev.assay.engine.model;

import java.util.List;

/**
 * What a caller asks to grade (spec/contract.md): the answer and, optionally, which prompt and
 * rubric it is graded against, who wrote it, and which rules to run.
 *
 * @param disabledRules rule ids not to run
 * @param enabledOnly when not empty, the only rule ids to run (less any disabled)
 */
public record Submission(
    String answer,
    String promptId,
    String promptText,
    String problemType,
    String rubricId,
    String candidateId,
    String cohortId,
    String externalId,
    List<String> disabledRules,
    List<String> enabledOnly) {

  public Submission {
    disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
    enabledOnly = enabledOnly == null ? List.of() : List.copyOf(enabledOnly);
  }

  /** A submission that runs every rule but the disabled ones. */
  public Submission(
      String answer,
      String promptId,
      String promptText,
      String problemType,
      String rubricId,
      String candidateId,
      String cohortId,
      String externalId,
      List<String> disabledRules) {
    this(answer, promptId, promptText, problemType, rubricId, candidateId, cohortId, externalId, disabledRules, List.of());
  }

  public static Submission of(String answer) {
    return new Submission(answer, null, null, null, null, null, null, null, List.of(), List.of());
  }

  public Submission withPrompt(String id, String text, String type) {
    return new Submission(answer, id, text, type, rubricId, candidateId, cohortId, externalId, disabledRules, enabledOnly);
  }

  /** The same submission with this rule selection. */
  public Submission withRules(List<String> disabled, List<String> only) {
    return new Submission(answer, promptId, promptText, problemType, rubricId, candidateId, cohortId, externalId, disabled, only);
  }

  /** The same submission graded against another rubric id. */
  public Submission withRubricId(String id) {
    return new Submission(answer, promptId, promptText, problemType, id, candidateId, cohortId, externalId, disabledRules, enabledOnly);
  }
}
