package dev.assay.api.rubric;

import java.util.List;

/** A rubric refused: every problem, each with the JSON path at fault and the reason. */
public final class InvalidRubricException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  /** One problem: where in the rubric JSON ({@code $.criteria[3].weight}) and why. */
  public record Problem(String path, String reason) {
    @Override
    public String toString() {
      return path + ": " + reason;
    }
  }

  public InvalidRubricException(List<Problem> problems) {
    super("invalid rubric: " + String.join("; ", problems.stream().map(Problem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
