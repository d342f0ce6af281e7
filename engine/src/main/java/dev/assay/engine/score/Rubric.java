package dev.assay.engine.score;

import dev.assay.engine.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rubric as data: step weights out of the total, the criteria with their weights and
 * applicability, and the grade bands (spec/criteria.md describes the default, {@code mlsd-default}).
 *
 * @param id stable id
 * @param version version, recorded in every evaluation
 * @param title human title
 * @param stepWeights points per step; they add up to the total
 * @param criteria every criterion, in rubric order
 * @param bands grade bands, ascending by minimum
 * @param caps grade caps by number of violated criteria: {@code caps.get(n)} is the highest grade
 *     an answer with n violations (or more, for the largest n listed) can get
 */
public record Rubric(
    String id,
    String version,
    String title,
    Map<Step, Double> stepWeights,
    List<Criterion> criteria,
    List<Band> bands,
    Map<Integer, Integer> caps) {

  /**
   * One criterion of the rubric.
   *
   * @param id stable id, {@code step.name}
   * @param step the step it belongs to
   * @param core whether its absence is a real gap
   * @param weight its weight inside the step
   * @param appliesTo problem type ids it applies to; {@code all}, or {@code imbalanced} for types
   *     where imbalance is expected
   * @param enabled whether it is graded at all
   */
  public record Criterion(String id, Step step, boolean core, double weight, List<String> appliesTo, boolean enabled) {
    public boolean appliesTo(String problemType, boolean imbalanced) {
      for (String a : appliesTo) {
        if (a.equals("all") || a.equals(problemType) || (a.equals("imbalanced") && imbalanced)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A grade band: totals at or above {@code min} (and below the next band) get this grade. */
  public record Band(int grade, String label, double min) {}

  public double total() {
    double sum = 0;
    for (double w : stepWeights.values()) {
      sum += w;
    }
    return sum;
  }

  public List<Criterion> criteriaOf(Step step) {
    List<Criterion> out = new ArrayList<>();
    for (Criterion c : criteria) {
      if (c.step() == step && c.enabled()) {
        out.add(c);
      }
    }
    return out;
  }

  public Optional<Criterion> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Band band(double total) {
    Band best = bands.get(0);
    for (Band b : bands) {
      if (total >= b.min() - 1e-9) {
        best = b;
      }
    }
    return best;
  }

  /** The highest grade allowed with this many violated criteria. */
  public int cap(int violations) {
    int cap = Integer.MAX_VALUE;
    for (Map.Entry<Integer, Integer> e : caps.entrySet()) {
      if (violations >= e.getKey()) {
        cap = Math.min(cap, e.getValue());
      }
    }
    return cap;
  }
}
