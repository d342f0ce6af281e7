package dev.assay.engine.calibrate;

import dev.assay.engine.Assay;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Submission;
import dev.assay.engine.score.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Grades a labelled set and measures the engine's agreement with the experts. */
public final class Calibrator {
  private final Assay assay;
  private final Rubric rubric;

  /** Grades against the default rubric. */
  public Calibrator(Assay assay) {
    this(assay, assay.rubric(null));
  }

  /** Grades against this rubric. */
  public Calibrator(Assay assay, Rubric rubric) {
    this.assay = assay;
    this.rubric = rubric;
  }

  public CalibrationReport run(List<LabelledAnswer> set) {
    int pairs = 0;
    int agreed = 0;
    int expectedViolations = 0;
    int foundViolations = 0;
    int sharedViolations = 0;
    Map<String, int[]> perCriterion = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int[] expectedGrades = new int[set.size()];
    int[] grades = new int[set.size()];
    int exact = 0;
    List<CalibrationReport.AnswerResult> results = new ArrayList<>();
    for (int i = 0; i < set.size(); i++) {
      LabelledAnswer a = set.get(i);
      Submission s =
          new Submission(a.answer(), a.promptId(), a.promptText(), a.problemType(), rubric.id(), null, null, a.file(), List.of());
      Evaluation e = assay.grade(s, rubric);
      Map<String, Evaluation.CriterionResult> actual = new LinkedHashMap<>();
      for (Evaluation.StepResult step : e.steps()) {
        for (Evaluation.CriterionResult c : step.criteria()) {
          actual.put(c.id(), c);
        }
      }
      List<CalibrationReport.Miss> misses = new ArrayList<>();
      for (Map.Entry<String, String> expected : a.statuses().entrySet()) {
        Evaluation.CriterionResult got = actual.get(expected.getKey());
        String status = got == null ? "absent" : got.status();
        boolean same = status.equals(expected.getValue());
        pairs++;
        agreed += same ? 1 : 0;
        int[] pc = perCriterion.computeIfAbsent(expected.getKey(), k -> new int[2]);
        pc[0] += same ? 1 : 0;
        pc[1]++;
        confusion.computeIfAbsent(expected.getValue(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        boolean ev = expected.getValue().equals("violated");
        boolean av = status.equals("violated");
        expectedViolations += ev ? 1 : 0;
        foundViolations += av ? 1 : 0;
        sharedViolations += ev && av ? 1 : 0;
        if (!same) {
          List<String> engineEvidence = new ArrayList<>();
          if (got != null) {
            for (Span span : got.evidence()) {
              engineEvidence.add(span.text());
            }
          }
          misses.add(
              new CalibrationReport.Miss(
                  expected.getKey(),
                  expected.getValue(),
                  status,
                  a.evidence().getOrDefault(expected.getKey(), ""),
                  engineEvidence,
                  got == null ? List.of() : got.rules()));
        }
      }
      expectedGrades[i] = a.grade();
      grades[i] = e.score().grade();
      exact += a.grade() == e.score().grade() ? 1 : 0;
      results.add(new CalibrationReport.AnswerResult(a.file(), a.grade(), e.score().grade(), e.score().total(), misses));
    }
    List<CalibrationReport.CriterionAgreement> criteria = new ArrayList<>();
    for (Map.Entry<String, int[]> e : perCriterion.entrySet()) {
      int[] v = e.getValue();
      criteria.add(new CalibrationReport.CriterionAgreement(e.getKey(), round(v[0] / (double) v[1]), v[0], v[1]));
    }
    criteria.sort(Comparator.comparingDouble(CalibrationReport.CriterionAgreement::agreement).thenComparing(CalibrationReport.CriterionAgreement::criterion));
    return new CalibrationReport(
        set.size(),
        round(pairs == 0 ? 0 : agreed / (double) pairs),
        round(expectedViolations == 0 ? 1 : sharedViolations / (double) expectedViolations),
        round(foundViolations == 0 ? 1 : sharedViolations / (double) foundViolations),
        round(Agreement.quadraticWeightedKappa(expectedGrades, grades, 1, 4)),
        round(set.isEmpty() ? 0 : exact / (double) set.size()),
        List.copyOf(criteria),
        confusion,
        List.copyOf(results));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
