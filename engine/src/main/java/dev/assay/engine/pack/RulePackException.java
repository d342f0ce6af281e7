package dev.assay.engine.pack;

import java.util.List;

/** A rule pack refused at load: every problem found, each with its file and, where known, its line. */
public final class RulePackException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String pack;
  private final transient List<PackProblem> problems;

  /**
   * @param pack where the pack came from (its folder, or its id), for the message
   * @param problems at least one problem
   */
  public RulePackException(String pack, List<PackProblem> problems) {
    super("rule pack " + pack + " refused: " + String.join("; ", problems.stream().map(PackProblem::toString).toList()));
    this.pack = pack;
    this.problems = List.copyOf(problems);
  }

  /** Where the pack came from. */
  public String pack() {
    return pack;
  }

  public List<PackProblem> problems() {
    return problems;
  }
}
