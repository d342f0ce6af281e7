package dev.assay.engine.model;

import java.util.List;

/**
 * What a caller asks to grade (spec/contract.md): the answer and, optionally, which prompt and
 * rubric it is graded against and who wrote it.
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
    List<String> disabledRules) {

  public Submission {
    disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
  }

  public static Submission of(String answer) {
    return new Submission(answer, null, null, null, null, null, null, null, List.of());
  }

  public Submission withPrompt(String id, String text, String type) {
    return new Submission(answer, id, text, type, rubricId, candidateId, cohortId, externalId, disabledRules);
  }
}
