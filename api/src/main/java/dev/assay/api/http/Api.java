package dev.assay.api.http;

import static dev.assay.api.auth.Role.ADMIN;
import static dev.assay.api.auth.Role.INSTRUCTOR;
import static dev.assay.api.auth.Role.STUDENT;

import java.util.ArrayList;
import java.util.List;

/**
 * The route table: every endpoint of the API, declared once with its roles and documentation. The
 * server registers exactly these routes and the OpenAPI document describes exactly these routes.
 */
final class Api {
  private Api() {}

  static List<Route> routes(Services s, ApiHandler openApi) {
    EvaluationHandlers evaluations = new EvaluationHandlers(s);
    BatchHandlers batches = new BatchHandlers(s);
    CohortHandlers cohorts = new CohortHandlers(s);
    SearchHandlers search = new SearchHandlers(s);
    CatalogHandlers catalog = new CatalogHandlers(s);
    String jsonl = "application/x-ndjson";
    List<Route> r = new ArrayList<>();
    r.add(Route.get("/health", "health", "Whether the server can grade and store").answers("Health").errors(503).handler(catalog::health));
    r.add(Route.get("/openapi.json", "openApi", "This document").answers("OpenApi").handler(openApi));
    r.add(Route.post("/v1/evaluations", "createEvaluation", "Grade a submission and store it; 201 once it is on disk")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .body("Submission", "one submission; students' candidateId comes from their key, instructors name one", "application/json")
        .answers(201, "application/json", "Evaluation")
        .errors(400, 403, 413, 422, 503)
        .handler(evaluations::create));
    r.add(Route.get("/v1/evaluations", "listEvaluations", "List the evaluations the key may read, newest first")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .query("cohortId", "string", "only this cohort")
        .query("candidateId", "string", "only this candidate")
        .query("limit", "integer", "page size, 1 to maxPageSize (default 20)")
        .query("cursor", "string", "the nextCursor of the previous page")
        .answers("EvaluationPage")
        .errors(400)
        .handler(evaluations::list));
    r.add(Route.get("/v1/evaluations/{id}", "getEvaluation", "Read one evaluation")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("Evaluation")
        .errors(404)
        .handler(evaluations::get));
    r.add(Route.get("/v1/evaluations/{id}/answer", "getAnswer", "The answer an evaluation graded, exactly as submitted (its spans index into it)")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("Answer")
        .errors(404)
        .handler(evaluations::answer));
    r.add(Route.get("/v1/evaluations/{id}/similar", "similarAnswers", "The answers of the same cohort most similar to this one, similarity 0 to 1")
        .roles(ADMIN, INSTRUCTOR)
        .query("limit", "integer", "how many, 1 to maxPageSize (default 5)")
        .answers("SimilarAnswers")
        .errors(400, 404)
        .handler(evaluations::similar));
    r.add(Route.post("/v1/batches", "createBatch", "Grade many submissions in the background; 202 with the batch id")
        .roles(ADMIN, INSTRUCTOR)
        .body("Submission[]", "a JSON array of submissions, or one submission a line", "application/json", jsonl)
        .answers(202, "application/json", "Batch")
        .errors(400, 413, 503)
        .handler(batches::create));
    r.add(Route.get("/v1/batches/{id}", "getBatch", "A batch's progress and, once done, each item's evaluation id or error")
        .roles(ADMIN, INSTRUCTOR)
        .answers("Batch")
        .errors(404)
        .handler(batches::get));
    r.add(Route.get("/v1/cohorts/{cohortId}/report", "cohortReport", "Grade distribution, step statistics, most missed criteria and most raised findings")
        .roles(ADMIN, INSTRUCTOR)
        .answers("CohortReport")
        .handler(cohorts::report));
    r.add(Route.get("/v1/cohorts/{cohortId}/candidates", "cohortCandidates", "Each candidate's latest evaluation: id, time, total, grade and step scores")
        .roles(ADMIN, INSTRUCTOR)
        .answers("CohortCandidates")
        .handler(cohorts::candidates));
    r.add(Route.get("/v1/cohorts/{cohortId}/gradebook.csv", "cohortGradebook", "One CSV row per candidate: total, grade, step scores, criterion statuses")
        .roles(ADMIN, INSTRUCTOR)
        .answers(200, "text/csv", null)
        .handler(cohorts::gradebook));
    r.add(Route.get("/v1/search", "searchAnswers", "Search stored answers in Lucene query syntax, with the matching passages")
        .roles(ADMIN, INSTRUCTOR)
        .requiredQuery("q", "string", "a Lucene classic query over the answer text")
        .query("cohortId", "string", "only this cohort")
        .query("limit", "integer", "how many, 1 to maxPageSize (default 10)")
        .answers("SearchResult")
        .errors(400)
        .handler(search::search));
    r.add(Route.get("/v1/me", "whoAmI", "The key presented: its id, role, cohorts and candidate")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("Me")
        .handler(catalog::me));
    r.add(Route.get("/v1/prompts", "listPrompts", "The prompt catalogue").roles(ADMIN, INSTRUCTOR, STUDENT).answers("Prompts").handler(catalog::prompts));
    r.add(Route.get("/v1/rubrics", "listRubrics", "The rubrics").roles(ADMIN, INSTRUCTOR, STUDENT).answers("Rubrics").handler(catalog::rubrics));
    r.add(Route.get("/v1/rubrics/{id}", "getRubric", "One rubric in full")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("Rubric")
        .errors(404)
        .handler(catalog::rubric));
    r.add(Route.get("/v1/rules", "listRules", "Every rule with its step, criteria and description")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("Rules")
        .handler(catalog::rules));
    return List.copyOf(r);
  }
}
