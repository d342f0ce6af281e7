package dev.assay.engine.score;

import java.util.List;
import java.util.stream.Collectors;

/** A rubric that cannot be used, with every problem found in it. */
public final class InvalidRubricException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<RubricValidator.Problem> problems;

  public InvalidRubricException(List<RubricValidator.Problem> problems) {
    super(problems.stream().map(RubricValidator.Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<RubricValidator.Problem> problems() {
    return problems;
  }
}
