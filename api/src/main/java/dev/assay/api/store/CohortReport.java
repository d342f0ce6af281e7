package dev.assay.api.store;

import dev.assay.engine.model.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a cohort as a whole does and misses: the grade distribution, the mean and spread of the
 * total and of each step, the criteria most often missing or violated and the findings most often
 * raised. Each candidate counts once, by their latest evaluation.
 *
 * @param cohortId the cohort
 * @param basis how evaluations were chosen
 * @param candidates how many rows were counted (candidates, plus evaluations with no candidate)
 * @param evaluations how many evaluations the cohort holds, resubmissions included
 * @param grades count per grade, 1 to 4
 * @param total statistics of the total score; null when the cohort is empty
 * @param steps statistics per step, in step order
 * @param mostMissing criteria most often missing, most frequent first
 * @param mostViolated criteria most often violated, most frequent first
 * @param findings findings most often raised, most frequent first
 */
public record CohortReport(
    String cohortId,
    String basis,
    int candidates,
    int evaluations,
    List<GradeCount> grades,
    Stats total,
    List<StepStats> steps,
    List<Count> mostMissing,
    List<Count> mostViolated,
    List<FindingCount> findings) {

  /** How many were listed in each "most often" list at most. */
  public static final int TOP = 10;

  /** How many rows got a grade. */
  public record GradeCount(int grade, String label, int count) {}

  /** Mean, population standard deviation, and the quartiles' ends of a set of scores. */
  public record Stats(double mean, double sd, double min, double median, double max) {
    static Stats of(double[] xs) {
      if (xs.length == 0) {
        return null;
      }
      double[] v = xs.clone();
      Arrays.sort(v);
      double sum = 0;
      for (double x : v) {
        sum += x;
      }
      double mean = sum / v.length;
      double sq = 0;
      for (double x : v) {
        sq += (x - mean) * (x - mean);
      }
      double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      return new Stats(round(mean), round(Math.sqrt(sq / v.length)), round(v[0]), round(median), round(v[v.length - 1]));
    }
  }

  /** One step's maximum and score statistics. */
  public record StepStats(String step, double maxPoints, Stats score) {}

  /** A criterion and how many rows had it in a status, with the share of rows. */
  public record Count(String criterion, int count, double share) {}

  /** A finding's rule, criterion (null for remarks on the whole answer) and severity, how many rows raised it, and the share of rows. */
  public record FindingCount(String ruleId, String criterion, String severity, int count, double share) {}

  /** The report over a cohort's rows; grade labels come from the rubric's bands. */
  public static CohortReport of(String cohortId, CohortRows.Result result, Map<Integer, String> gradeLabels) {
    List<CohortRow> rows = result.rows();
    int n = rows.size();
    Map<Integer, Integer> grades = new TreeMap<>();
    for (int g = 1; g <= 4; g++) {
      grades.put(g, 0);
    }
    rows.forEach(r -> grades.merge(r.grade(), 1, Integer::sum));
    List<GradeCount> gradeCounts = new ArrayList<>();
    grades.forEach((g, c) -> gradeCounts.add(new GradeCount(g, gradeLabels.get(g), c)));

    List<StepStats> steps = new ArrayList<>();
    for (Step step : Step.values()) {
      double[] scores = rows.stream().filter(r -> r.steps().containsKey(step.id())).mapToDouble(r -> r.steps().get(step.id())).toArray();
      double max = rows.stream().map(r -> r.stepMax().get(step.id())).filter(m -> m != null).mapToDouble(Double::doubleValue).max().orElse(0);
      steps.add(new StepStats(step.id(), round(max), Stats.of(scores)));
    }

    Map<String, Integer> missing = new LinkedHashMap<>();
    Map<String, Integer> violated = new LinkedHashMap<>();
    Map<String, Integer> findings = new LinkedHashMap<>();
    for (CohortRow r : rows) {
      r.statuses().forEach((criterion, status) -> {
        if (status.equals("missing")) {
          missing.merge(criterion, 1, Integer::sum);
        } else if (status.equals("violated")) {
          violated.merge(criterion, 1, Integer::sum);
        }
      });
      r.findings().forEach(f -> findings.merge(f, 1, Integer::sum));
    }
    List<FindingCount> topFindings = new ArrayList<>();
    top(findings).forEach(e -> {
      String[] parts = e.getKey().split(":", 3);
      String criterion = parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null;
      topFindings.add(new FindingCount(parts[1], criterion, parts[0], e.getValue(), share(e.getValue(), n)));
    });
    return new CohortReport(
        cohortId,
        "latest evaluation per candidate",
        n,
        result.evaluations(),
        gradeCounts,
        Stats.of(rows.stream().mapToDouble(CohortRow::total).toArray()),
        steps,
        top(missing).stream().map(e -> new Count(e.getKey(), e.getValue(), share(e.getValue(), n))).toList(),
        top(violated).stream().map(e -> new Count(e.getKey(), e.getValue(), share(e.getValue(), n))).toList(),
        topFindings);
  }

  private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .toList();
  }

  private static double share(int count, int n) {
    return n == 0 ? 0 : Math.round(1000.0 * count / n) / 1000.0;
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
