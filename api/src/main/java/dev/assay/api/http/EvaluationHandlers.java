package dev.assay.api.http;

import dev.assay.api.SubmissionParser;
import dev.assay.api.auth.Principal;
import dev.assay.api.store.Page;
import dev.assay.api.store.SimilarAnswers;
import dev.assay.api.store.StoredEvaluation;
import dev.assay.api.store.Visibility;
import dev.assay.engine.model.Submission;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Submitting one answer, reading evaluations and their answers back, listing them, and finding similar answers. */
final class EvaluationHandlers {
  private final Services s;

  EvaluationHandlers(Services s) {
    this.s = s;
  }

  void create(Context ctx, Principal p) {
    String body = Bodies.text(ctx, s.config().maxBodyBytes(), "maxBodyBytes");
    Submission admitted = s.submissions().admit(p, SubmissionParser.parse(body));
    StoredEvaluation stored = s.submissions().gradeAndStoreNow(s.interactive(), p, admitted);
    ctx.header("Location", "/v1/evaluations/" + stored.id());
    ctx.status(201).contentType("application/json").result(EvaluationView.bytes(stored));
  }

  void get(Context ctx, Principal p) {
    StoredEvaluation e = s.store().get(ctx.pathParam("id"), Visibility.of(p)).orElseThrow(() -> ProblemException.notFound("no such evaluation"));
    ctx.contentType("application/json").result(EvaluationView.bytes(e));
  }

  void answer(Context ctx, Principal p) {
    String id = ctx.pathParam("id");
    String answer = s.store().answer(id, Visibility.of(p)).orElseThrow(() -> ProblemException.notFound("no such evaluation"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("answer", answer);
    Json.write(ctx, out);
  }

  void list(Context ctx, Principal p) {
    String cohort = Params.string(ctx, "cohortId");
    String candidate = Params.string(ctx, "candidateId");
    int limit = Params.limit(ctx, 20, s.config().maxPageSize());
    Access.checkListing(p, cohort, candidate);
    Page page = s.store().list(Visibility.of(p), cohort, candidate, limit, Params.string(ctx, "cursor"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("evaluations", page.items());
    out.put("nextCursor", page.nextCursor());
    Json.write(ctx, out);
  }

  void similar(Context ctx, Principal p) {
    String id = ctx.pathParam("id");
    int limit = Params.limit(ctx, 5, s.config().maxPageSize());
    var similar = SimilarAnswers.of(s.store(), id, Visibility.of(p), limit).orElseThrow(() -> ProblemException.notFound("no such evaluation"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("similar", similar);
    Json.write(ctx, out);
  }
}
