package dev.assay.api.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.SubmissionParser;
import dev.assay.api.auth.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The OpenAPI 3 document of the API, generated from the same route list the server registers, so
 * it names exactly the routes that exist, with their roles ({@code x-roles}), parameters, bodies
 * and answers.
 */
final class OpenApi {
  private static final String PROBLEM = "#/components/schemas/Problem";

  private OpenApi() {}

  static ObjectNode document(List<Route> routes, String version) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Assay API");
    info.put("version", version);
    info.put(
        "description",
        "Grades written answers to ML system design questions, stores them, and reports on cohorts. "
            + "Every error is application/problem+json; a limit exceeded is named in the problem's 'limit' member.");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : routes) {
      ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      path.set(r.method().name().toLowerCase(Locale.ROOT), operation(r));
    }
    ObjectNode components = doc.putObject("components");
    ObjectNode bearer = components.putObject("securitySchemes").putObject("bearer");
    bearer.put("type", "http");
    bearer.put("scheme", "bearer");
    bearer.put("description", "An API key (ak_...) made with `assay keys create`.");
    components.set("schemas", schemas());
    return doc;
  }

  private static ObjectNode operation(Route r) {
    ObjectNode op = Json.MAPPER.createObjectNode();
    op.put("operationId", r.operationId());
    op.put("summary", r.summary());
    ArrayNode roles = op.putArray("x-roles");
    if (r.isPublic()) {
      roles.add("public");
      op.putArray("security");
    } else {
      new TreeSet<>(r.roles().stream().map(Role::id).toList()).forEach(roles::add);
      op.putArray("security").addObject().putArray("bearer");
    }
    ArrayNode params = Json.MAPPER.createArrayNode();
    for (String name : r.pathParams()) {
      ObjectNode p = params.addObject();
      p.put("name", name);
      p.put("in", "path");
      p.put("required", true);
      p.putObject("schema").put("type", "string");
    }
    for (Route.Param q : r.query()) {
      ObjectNode p = params.addObject();
      p.put("name", q.name());
      p.put("in", "query");
      p.put("required", q.required());
      p.put("description", q.description());
      p.putObject("schema").put("type", q.type());
    }
    if (!params.isEmpty()) {
      op.set("parameters", params);
    }
    if (r.body() != null) {
      ObjectNode body = op.putObject("requestBody");
      body.put("required", true);
      body.put("description", r.body().description());
      ObjectNode content = body.putObject("content");
      for (String media : r.body().media()) {
        ObjectNode schema = content.putObject(media).putObject("schema");
        if (media.equals("application/json") && r.body().schema().endsWith("[]")) {
          schema.put("type", "array");
          schema.putObject("items").put("$ref", "#/components/schemas/" + r.body().schema().replace("[]", ""));
        } else if (media.equals("application/json")) {
          schema.put("$ref", "#/components/schemas/" + r.body().schema());
        } else {
          schema.put("type", "string");
          schema.put("description", "one " + r.body().schema().replace("[]", "") + " JSON object a line");
        }
      }
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject(Integer.toString(r.status()));
    ok.put("description", "success");
    ObjectNode okSchema = ok.putObject("content").putObject(r.media()).putObject("schema");
    if (r.schema() != null) {
      okSchema.put("$ref", "#/components/schemas/" + r.schema());
    } else {
      okSchema.put("type", "string");
    }
    TreeSet<Integer> errors = new TreeSet<>(r.errors());
    if (!r.isPublic()) {
      errors.add(401);
      errors.add(429);
      if (r.roles().size() < Role.values().length) {
        errors.add(403);
      }
    }
    errors.add(500);
    for (int status : errors) {
      ObjectNode e = responses.putObject(Integer.toString(status));
      e.put("description", io.javalin.http.HttpStatus.forStatus(status).getMessage());
      e.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema").put("$ref", PROBLEM);
    }
    return op;
  }

  private static ObjectNode schemas() {
    ObjectNode s = Json.MAPPER.createObjectNode();
    ObjectNode problem = object(s, "Problem", "An RFC 9457 problem detail.");
    props(problem, Map.of("type", "string", "title", "string", "status", "integer", "detail", "string", "field", "string", "limit", "string",
        "errors", "array"));
    problem.putArray("required").add("type").add("title").add("status").add("detail");

    ObjectNode submission = object(s, "Submission", "A submission (spec/contract.md). Unknown fields are refused.");
    ObjectNode sp = submission.putObject("properties");
    for (String f : new TreeSet<>(SubmissionParser.FIELDS)) {
      if (SubmissionParser.RULE_LISTS.contains(f)) {
        ObjectNode a = sp.putObject(f);
        a.put("type", "array");
        a.putObject("items").put("type", "string");
      } else {
        sp.putObject(f).put("type", "string");
      }
    }
    submission.putArray("required").add("answer");
    submission.put("additionalProperties", false);

    ObjectNode evaluation = object(s, "Evaluation", "An evaluation (spec/contract.md) with its id, time, candidate and cohort.");
    props(evaluation, Map.of("id", "string", "createdAt", "string", "candidateId", "string", "cohortId", "string", "externalId", "string",
        "score", "object", "steps", "array", "findings", "array"));
    object(s, "RubricFile", "A rubric as JSON: see GET /v1/schemas/rubric for its schema.");
    for (String name : List.of("OpenApi", "EvaluationPage", "Answer", "SimilarAnswers", "Batch", "CohortReport", "CohortCandidates", "SearchResult", "Me", "Prompts", "Rubrics", "Rubric", "Rules", "Health", "JsonSchema",
        "RubricVersions", "RegradeReport", "RulePacks", "RulePack", "RulePackUpload")) {
      object(s, name, name + ": see the README's section on the HTTP API.");
    }
    return s;
  }

  private static ObjectNode object(ObjectNode schemas, String name, String description) {
    ObjectNode o = schemas.putObject(name);
    o.put("type", "object");
    o.put("description", description);
    return o;
  }

  private static void props(ObjectNode schema, Map<String, String> types) {
    ObjectNode p = schema.putObject("properties");
    for (String k : new TreeSet<>(types.keySet())) {
      ObjectNode prop = p.putObject(k);
      prop.put("type", types.get(k));
      if (types.get(k).equals("array")) {
        prop.putObject("items").put("type", "object");
      }
    }
  }
}
