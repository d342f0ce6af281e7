package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.Engines;
import dev.assay.api.auth.Role;
import dev.assay.engine.score.RubricWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Posting rubrics over HTTP: every problem listed in one problem+json, a valid one graded with by id. */
class RubricApiTest {
  @RegisterExtension static final TestServer t = TestServer.start();

  static ObjectNode copy(String id) {
    ObjectNode r = RubricWriter.toTree(Engines.shared().rubric(null));
    r.put("id", id);
    return r;
  }

  @Test
  void aBadRubricIsAProblemListingEveryFaultWithItsPath() {
    ObjectNode r = copy("http-bad");
    ((ObjectNode) r.get("steps")).put("model", 25);
    ((ObjectNode) r.get("criteria").get(3)).put("id", "requirements.latency");
    ObjectNode custom = ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("criteria")).addObject();
    custom.put("id", "custom.gdpr").put("step", "requirements").putObject("match").put("query", "gdpr AND (");
    TestServer.Response res = t.post("/v1/rubrics", t.admin, r.toString());
    EvaluationApiTest.assertProblem(res, 422, null);
    JsonNode p = res.json();
    assertEquals("urn:assay:problem:invalid-rubric", p.get("type").asText());
    assertEquals("the rubric has 3 problems, listed under 'errors'", p.get("detail").asText());
    List<String> paths = new java.util.ArrayList<>();
    p.get("errors").forEach(x -> paths.add(x.get("path").asText()));
    assertEquals(java.util.Set.of("$.criteria[3].id", "$.criteria[34].match.query", "$.steps"), java.util.Set.copyOf(paths));
    p.get("errors").forEach(x -> assertTrue(!x.get("reason").asText().isBlank()));
    assertEquals(404, t.get("/v1/rubrics/http-bad", t.admin).status(), "nothing was registered");
  }

  @Test
  void notJsonIsABadRequestAndFilesAreNotReadOverHttp() {
    TestServer.Response res = t.post("/v1/rubrics", t.admin, "{\"id\": ");
    EvaluationApiTest.assertProblem(res, 400, null);
    assertTrue(res.json().get("detail").asText().startsWith("not valid JSON"), res.toString());

    ObjectNode r = copy("http-files");
    ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("criteria")).addObject().put("id", "custom.covers").put("step", "evaluation");
    ObjectNode use = r.putArray("scorers").addObject().put("scorer", "exemplar-similarity").put("criterion", "custom.covers");
    use.putObject("params").putArray("exemplarFiles").add("../../etc/passwd");
    TestServer.Response files = t.post("/v1/rubrics", t.admin, r.toString());
    EvaluationApiTest.assertProblem(files, 422, null);
    assertEquals("$.scorers[0].params.exemplarFiles[0]", files.json().get("errors").get(0).get("path").asText());
  }

  @Test
  void aValidRubricIsStoredAndGradesSubmissionsThatNameIt() {
    ObjectNode r = copy("http-course");
    r.put("version", "2.0.0");
    ((ObjectNode) r.get("steps")).put("model", 20).put("monitoring", 8);
    ObjectNode custom = ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("criteria")).addObject();
    custom.put("id", "custom.names-regulation").put("step", "requirements").put("title", "Names the regulation");
    custom.putObject("match").put("query", "concept:req.regulation");
    String instructor = t.key(Role.INSTRUCTOR, List.of("c1"), null);
    TestServer.Response created = t.post("/v1/rubrics", instructor, r.toString());
    assertEquals(201, created.status(), created.toString());
    assertEquals("/v1/rubrics/http-course/versions/2.0.0", created.header("Location"));
    assertEquals("2.0.0", t.get("/v1/rubrics/http-course", t.admin).json().get("version").asText());

    String body = Json.MAPPER.createObjectNode().put("answer", Answers.FRAUD).put("promptId", "payment-fraud").put("rubricId", "http-course")
        .put("candidateId", "ann").put("cohortId", "c1").toString();
    TestServer.Response graded = t.post("/v1/evaluations", instructor, body);
    assertEquals(201, graded.status(), graded.toString());
    JsonNode e = graded.json();
    assertEquals("http-course", e.at("/rubric/id").asText());
    assertEquals("2.0.0", e.at("/rubric/version").asText());
    assertEquals(20.0, e.at("/steps/3/max").asDouble());
    assertTrue(e.at("/steps/0/criteria").findValuesAsText("id").contains("custom.names-regulation"));
    assertEquals("2.0.0", t.get("/v1/evaluations/" + e.get("id").asText(), t.admin).json().at("/rubric/version").asText(), "stored with its version");
  }

  @Test
  void theWalkthroughsRubricPostsWithItsModelAnswerInline() throws Exception {
    java.nio.file.Path examples = java.nio.file.Path.of("../docs/examples");
    String file = java.nio.file.Files.readString(examples.resolve("ml-course.json"), java.nio.charset.StandardCharsets.UTF_8);
    TestServer.Response asIs = t.post("/v1/rubrics", t.admin, file);
    EvaluationApiTest.assertProblem(asIs, 422, null);
    assertEquals("$.scorers[0].params.exemplarFiles[0]", asIs.json().at("/errors/0/path").asText());

    ObjectNode r = (ObjectNode) Json.MAPPER.readTree(file);
    r.put("id", "walkthrough-course");
    ObjectNode params = ((ObjectNode) r.get("scorers").get(0)).putObject("params");
    params.putArray("exemplars").add(java.nio.file.Files.readString(examples.resolve("fraud-evaluation.md"), java.nio.charset.StandardCharsets.UTF_8));
    params.put("met", 0.75).put("partial", 0.4);
    assertEquals(201, t.post("/v1/rubrics", t.admin, r.toString()).status());
    String body = Json.MAPPER.createObjectNode().put("answer", Answers.FRAUD).put("promptId", "payment-fraud").put("rubricId", "walkthrough-course").toString();
    JsonNode e = t.post("/v1/evaluations", t.admin, body).json();
    assertEquals("1.1.0", e.at("/rubric/version").asText());
    assertTrue(e.at("/steps/4/criteria").findValuesAsText("id").contains("custom.covers-model-answer"), e.toString());
    assertTrue(e.get("failures").isEmpty(), e.toString());
  }

  @Test
  void studentsMayNotPostRubricsAndTheBuiltInCannotBeReplaced() {
    String student = t.key(Role.STUDENT, List.of("c1"), "sam");
    EvaluationApiTest.assertProblem(t.post("/v1/rubrics", student, copy("mine").toString()), 403, null);
    EvaluationApiTest.assertProblem(t.post("/v1/rubrics", t.admin, copy("mlsd-default").toString()), 409, "id");
  }

  @Test
  void perSubmissionRuleSelectionTravelsInTheBody() {
    String body = Json.MAPPER.createObjectNode().put("answer", Answers.FRAUD).put("promptId", "payment-fraud")
        .set("enabledOnly", Json.MAPPER.createArrayNode().add("OFFLINE_METRIC_WITH_PURPOSE")).toString();
    TestServer.Response r = t.post("/v1/evaluations", t.admin, body);
    assertEquals(201, r.status(), r.toString());
    for (JsonNode rule : r.json().findValues("rules")) {
      rule.forEach(x -> assertEquals("OFFLINE_METRIC_WITH_PURPOSE", x.asText()));
    }
    String unknown = Json.MAPPER.createObjectNode().put("answer", Answers.FRAUD)
        .set("disabledRules", Json.MAPPER.createArrayNode().add("NO_SUCH_RULE")).toString();
    EvaluationApiTest.assertProblem(t.post("/v1/evaluations", t.admin, unknown), 422, "disabledRules");
    String wrongType = "{\"answer\": \"x\", \"enabledOnly\": \"SHORT_ANSWER\"}";
    EvaluationApiTest.assertProblem(t.post("/v1/evaluations", t.admin, wrongType), 400, "enabledOnly");
  }

  @Test
  void theSchemaIsPublic() {
    TestServer.Response r = t.get("/v1/schemas/rubric", null);
    assertEquals(200, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/schema+json"), r.contentType());
    assertEquals("urn:assay:schema:rubric:1", r.json().get("$id").asText());
  }
}
