package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.Engines;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Submitting, reading and listing evaluations, and the catalogue routes, over real HTTP. */
class EvaluationApiTest {
  @RegisterExtension static final TestServer t = TestServer.start();

  static void assertProblem(TestServer.Response r, int status, String field) {
    assertEquals(status, r.status(), r.toString());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    JsonNode p = r.json();
    assertEquals(status, p.get("status").asInt());
    assertTrue(p.get("type").asText().startsWith("urn:assay:problem:"));
    assertFalse(p.get("title").asText().isEmpty());
    assertFalse(p.get("detail").asText().isEmpty());
    if (field != null) {
      assertEquals(field, p.path("field").asText(null), r.toString());
    }
    assertFalse(r.body().contains("\tat "), "no stack trace");
    assertFalse(r.body().contains("Exception"), "no exception names");
  }

  @Test
  void postGradesStoresAndAnswers201WithLocation() {
    TestServer.Response r =
        t.post("/v1/evaluations", t.admin, TestServer.submission("answer", Answers.FRAUD, "promptId", "payment-fraud", "candidateId", "ann", "cohortId", "c1", "externalId", "x-1"));
    assertEquals(201, r.status(), r.toString());
    JsonNode e = r.json();
    String id = e.get("id").asText();
    assertTrue(id.startsWith("ev_"));
    assertEquals("/v1/evaluations/" + id, r.header("Location"));
    assertEquals("ann", e.get("candidateId").asText());
    assertEquals("c1", e.get("cohortId").asText());
    assertEquals("x-1", e.get("externalId").asText());
    assertNotNull(java.time.Instant.parse(e.get("createdAt").asText()));
    assertEquals("fraud", e.at("/prompt/problemType").asText());
    assertEquals(7, e.get("steps").size());
    assertTrue(e.at("/score/total").isNumber());

    TestServer.Response again = t.get("/v1/evaluations/" + id, t.admin);
    assertEquals(200, again.status());
    assertEquals(r.body(), again.body(), "what is read back is what was answered");
  }

  @Test
  void listingPagesNewestFirstWithACursor() {
    Set<String> posted = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      TestServer.Response r = t.post("/v1/evaluations", t.admin, TestServer.submission("answer", Answers.FEED + " Variant " + i, "candidateId", "p" + i, "cohortId", "paging"));
      assertEquals(201, r.status(), r.toString());
      posted.add(r.json().get("id").asText());
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    long previous = Long.MAX_VALUE;
    do {
      TestServer.Response page = t.get("/v1/evaluations?cohortId=paging&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), t.admin);
      assertEquals(200, page.status(), page.toString());
      for (JsonNode item : page.json().get("evaluations")) {
        assertTrue(seen.add(item.get("id").asText()), "no item twice");
        long at = java.time.Instant.parse(item.get("createdAt").asText()).toEpochMilli();
        assertTrue(at <= previous, "newest first");
        previous = at;
        assertEquals("paging", item.get("cohortId").asText());
        assertTrue(item.get("total").isNumber());
      }
      cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
      pages++;
    } while (cursor != null && pages < 10);
    assertEquals(posted, seen);
    assertEquals(3, pages);

    TestServer.Response byCandidate = t.get("/v1/evaluations?candidateId=p3", t.admin);
    assertEquals(1, byCandidate.json().get("evaluations").size());
    assertProblem(t.get("/v1/evaluations?cursor=garbage!", t.admin), 400, "cursor");
    assertProblem(t.get("/v1/evaluations?limit=abc", t.admin), 400, "limit");
    assertProblem(t.get("/v1/evaluations?limit=0", t.admin), 400, "limit");
  }

  @Test
  void malformedSubmissionsAre400NamingTheField() {
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"answer\": "), 400, null);
    assertProblem(t.post("/v1/evaluations", t.admin, "[1,2]"), 400, null);
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"answer\": \"x\"} trailing"), 400, null);
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"answer\": \"x\", \"answer\": \"y\"}"), 400, null);
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"answer\": \"x\", \"scoreMe\": true}"), 400, "scoreMe");
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"answer\": 12}"), 400, "answer");
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"promptId\": \"payment-fraud\"}"), 400, "answer");
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"answer\": \"x\", \"cohortId\": 7}"), 400, "cohortId");
    assertProblem(t.post("/v1/evaluations", t.admin, "{\"answer\": \"x\", \"disabledRules\": \"SHORT_ANSWER\"}"), 400, "disabledRules");
    assertProblem(t.post("/v1/evaluations", t.admin, TestServer.submission("answer", "x", "candidateId", "a".repeat(201))), 400, "candidateId");
    assertProblem(t.post("/v1/evaluations", t.admin, TestServer.submission("answer", "x", "cohortId", "a\u0007b")), 400, "cohortId");
  }

  @Test
  void submissionsTheEngineRefusesAre422NamingTheField() {
    assertProblem(t.post("/v1/evaluations", t.admin, TestServer.submission("answer", "We use accuracy.", "promptId", "no-such-prompt")), 422, "promptId");
    assertProblem(t.post("/v1/evaluations", t.admin, TestServer.submission("answer", "We use accuracy.", "rubricId", "no-such-rubric")), 422, "rubricId");
    assertProblem(t.post("/v1/evaluations", t.admin, TestServer.submission("answer", "We use accuracy.", "problemType", "astrology")), 422, "problemType");
    assertProblem(t.post("/v1/evaluations", t.admin, TestServer.submission("answer", "   \n ")), 422, "answer");
  }

  @Test
  void unknownEvaluationsRoutesAndMethodsAreProblems() {
    assertProblem(t.get("/v1/evaluations/ev_000000000000000000000000", t.admin), 404, null);
    assertProblem(t.get("/v1/nothing-here", t.admin), 404, null);
    TestServer.Response r = TestServer.send(t.request("/health", null).DELETE().build());
    assertProblem(r, 405, null);
    assertEquals("GET", r.header("Allow"));
    assertProblem(t.get("/v1/rubrics/no-such-rubric", t.admin), 404, null);
  }

  @Test
  void healthAndOpenApiNeedNoKey() {
    TestServer.Response h = t.get("/health", null);
    assertEquals(200, h.status());
    assertEquals("ok", h.json().get("status").asText());
    assertEquals(200, t.get("/openapi.json", null).status());
  }

  @Test
  void cataloguesListPromptsRubricsAndEveryRule() {
    JsonNode prompts = t.get("/v1/prompts", t.admin).json().get("prompts");
    assertTrue(prompts.size() >= 5);
    assertTrue(prompts.findValuesAsText("id").contains("payment-fraud"));
    JsonNode rubrics = t.get("/v1/rubrics", t.admin).json().get("rubrics");
    assertEquals("mlsd-default", rubrics.get(0).get("id").asText());
    JsonNode rubric = t.get("/v1/rubrics/mlsd-default", t.admin).json();
    assertEquals(7, rubric.get("stepWeights").size());
    assertEquals(rubric.get("total").asDouble(), 100.0, 1e-9);
    assertTrue(rubric.get("criteria").size() > 20);

    JsonNode rules = t.get("/v1/rules", t.admin).json().get("rules");
    Set<String> listed = new HashSet<>(rules.findValuesAsText("id"));
    assertEquals(Engines.shared().rules().ruleIds(), listed, "every rule id of the rule base, and no other");
    List<String> steps = List.of("requirements", "framing", "data", "model", "evaluation", "serving", "monitoring");
    for (JsonNode rule : rules) {
      if (!rule.get("criteria").isEmpty()) {
        assertTrue(steps.contains(rule.get("step").asText()), rule.toString());
        assertTrue(rule.get("criteria").get(0).asText().startsWith(rule.get("step").asText() + "."), rule.toString());
      }
      assertFalse(rule.get("description").asText().isBlank(), rule.toString());
    }
    assertNull(null);
  }
}
