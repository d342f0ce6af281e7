package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import dev.assay.api.store.CohortReport;
import dev.assay.api.store.CohortRows;
import dev.assay.api.store.Gradebook;
import dev.assay.api.store.Visibility;
import dev.assay.engine.score.Rubric;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A cohort's report, candidate list and grade book, each candidate counted once by their latest evaluation. */
final class CohortHandlers {
  private final Services s;

  CohortHandlers(Services s) {
    this.s = s;
  }

  void report(Context ctx, Principal p) {
    String cohort = ctx.pathParam("cohortId");
    Access.checkCohort(p, cohort);
    CohortRows.Result rows = CohortRows.latestPerCandidate(s.store(), Visibility.cohort(cohort));
    Map<Integer, String> labels = new HashMap<>();
    for (Rubric.Band b : s.engine().rubric(null).bands()) {
      labels.put(b.grade(), b.label());
    }
    Json.write(ctx, CohortReport.of(cohort, rows, labels));
  }

  /** One candidate's latest evaluation as the cohort page lists it. */
  record CandidateRow(
      String candidateId, String evaluationId, java.time.Instant createdAt, double total, int grade, String gradeLabel, Map<String, Double> steps) {}

  void candidates(Context ctx, Principal p) {
    String cohort = ctx.pathParam("cohortId");
    Access.checkCohort(p, cohort);
    CohortRows.Result rows = CohortRows.latestPerCandidate(s.store(), Visibility.cohort(cohort));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cohortId", cohort);
    out.put("evaluations", rows.evaluations());
    out.put(
        "candidates",
        rows.rows().stream().map(r -> new CandidateRow(r.candidateId(), r.id(), r.createdAt(), r.total(), r.grade(), r.gradeLabel(), r.steps())).toList());
    Json.write(ctx, out);
  }

  void gradebook(Context ctx, Principal p) {
    String cohort = ctx.pathParam("cohortId");
    Access.checkCohort(p, cohort);
    CohortRows.Result rows = CohortRows.latestPerCandidate(s.store(), Visibility.cohort(cohort));
    List<String> order = s.engine().rubric(null).criteria().stream().map(Rubric.Criterion::id).toList();
    String csv = Csv.write(Gradebook.table(rows.rows(), order));
    String file = "gradebook-" + cohort.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.contentType("text/csv; charset=utf-8").result(csv.getBytes(StandardCharsets.UTF_8));
  }
}
