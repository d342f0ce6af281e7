package dev.assay.api.store;

import dev.assay.engine.model.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cohort's grade book as a table: one row per candidate (their latest evaluation) with the total,
 * the grade, the seven step scores and every criterion's status. Evaluations with no candidate are
 * left out: a grade book is about people.
 */
public final class Gradebook {
  private Gradebook() {}

  /**
   * The header and the rows, as text cells.
   *
   * @param rows the cohort's rows
   * @param criterionOrder the rubric's criteria in order; criteria found in rows but not listed here
   *     follow, sorted
   */
  public static List<List<String>> table(List<CohortRow> rows, List<String> criterionOrder) {
    List<CohortRow> people = rows.stream().filter(r -> r.candidateId() != null).toList();
    Set<String> criteria = new LinkedHashSet<>(criterionOrder);
    people.stream().flatMap(r -> r.statuses().keySet().stream()).sorted().forEach(criteria::add);
    List<List<String>> table = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("candidateId", "evaluationId", "createdAt", "total", "grade", "gradeLabel"));
    for (Step s : Step.values()) {
      header.add(s.id());
    }
    header.addAll(criteria);
    table.add(header);
    for (CohortRow r : people) {
      List<String> row = new ArrayList<>();
      row.add(r.candidateId());
      row.add(r.id());
      row.add(r.createdAt().toString());
      row.add(number(r.total()));
      row.add(Integer.toString(r.grade()));
      row.add(r.gradeLabel() == null ? "" : r.gradeLabel());
      for (Step s : Step.values()) {
        Double v = r.steps().get(s.id());
        row.add(v == null ? "" : number(v));
      }
      for (String c : criteria) {
        row.add(r.statuses().getOrDefault(c, ""));
      }
      table.add(row);
    }
    return table;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
