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
    RubricHandlers rubrics = new RubricHandlers(s);
    PackHandlers packs = new PackHandlers(s);
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
    r.add(Route.post("/v1/rubrics", "storeRubric", "Store a rubric version; earlier versions are kept, and a stored version never changes")
        .roles(ADMIN, INSTRUCTOR)
        .body("RubricFile", "a rubric (docs/rubric.schema.json, GET /v1/schemas/rubric); 422 lists every problem with its JSON path", "application/json")
        .answers(201, "application/json", "RubricVersions")
        .errors(400, 409, 413, 422)
        .handler(rubrics::create));
    r.add(Route.get("/v1/rubrics/{id}/versions", "listRubricVersions", "Every stored version of a rubric, oldest first")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("RubricVersions")
        .errors(404)
        .handler(rubrics::versions));
    r.add(Route.get("/v1/rubrics/{id}/versions/{version}", "getRubricVersion", "One stored version of a rubric, as stored")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("Rubric")
        .errors(404)
        .handler(rubrics::version));
    r.add(Route.post("/v1/rubrics/{id}/dry-run", "dryRunRubric", "Re-grade a cohort's answers with a proposed rubric and report what would change; stores nothing")
        .roles(ADMIN, INSTRUCTOR)
        .requiredQuery("cohortId", "string", "the cohort whose answers (each candidate's latest) to re-grade")
        .body("Rubric", "the proposed rubric; empty: the rubric's latest version", "application/json")
        .answers("RegradeReport")
        .errors(400, 404, 409, 413, 422)
        .handler(rubrics::dryRun));
    r.add(Route.post("/v1/rubrics/{id}/regrade", "regradeCohort", "Store the rubric of the body as a new version (if any), re-grade a cohort with it and store the new evaluations")
        .roles(ADMIN, INSTRUCTOR)
        .requiredQuery("cohortId", "string", "the cohort whose answers (each candidate's latest) to re-grade")
        .body("Rubric", "the rubric to apply; empty: the rubric's latest version", "application/json")
        .answers("RegradeReport")
        .errors(400, 404, 409, 413, 422)
        .handler(rubrics::apply));
    r.add(Route.get("/v1/rule-packs", "listRulePacks", "The rule packs gradings run, and those refused at start-up")
        .roles(ADMIN, INSTRUCTOR)
        .answers("RulePacks")
        .handler(packs::list));
    r.add(Route.post("/v1/rule-packs", "loadRulePack", "Compile and load a rule pack (replacing one of the same id) and keep it; DRL runs any Java, so admins only")
        .roles(ADMIN)
        .body("RulePackUpload", "{\"manifest\": {pack.json}, \"files\": {\"name.drl\": \"DRL text\"}}", "application/json")
        .answers(201, "application/json", "RulePack")
        .errors(400, 413, 422)
        .handler(packs::create));
    r.add(Route.delete("/v1/rule-packs/{id}", "removeRulePack", "Unload a rule pack and forget it")
        .roles(ADMIN)
        .answers(204, "application/json", null)
        .errors(404)
        .handler(packs::delete));
    r.add(Route.get("/v1/schemas/rubric", "rubricSchema", "The JSON schema of rubrics").answers("JsonSchema").handler(rubrics::schema));
    r.add(Route.get("/v1/rules", "listRules", "Every rule with its step, criteria and description")
        .roles(ADMIN, INSTRUCTOR, STUDENT)
        .answers("Rules")
        .handler(catalog::rules));
    return List.copyOf(r);
  }
}
