package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.auth.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rubric versions and re-grading over HTTP: storing a version keeps the old ones and never changes
 * one, evaluations keep the version they were graded with, a dry run reports per candidate what a
 * proposed rubric would change and stores nothing, and a regrade stores the new evaluations.
 */
class RubricVersionApiTest {
  @RegisterExtension static final TestServer t = TestServer.start();

  /** The default rubric's JSON under another id and version. */
  static ObjectNode rubric(String id, String version) {
    try (InputStream in = RubricVersionApiTest.class.getResourceAsStream("/dev/assay/rules/rubric-mlsd-default.json")) {
      ObjectNode r = (ObjectNode) Json.MAPPER.readTree(in);
      r.put("id", id);
      r.put("version", version);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Requirements weigh 25 instead of 15, monitoring 0; requirements.constraints is dropped. */
  static ObjectNode reweighted(String id, String version) {
    ObjectNode r = rubric(id, version);
    ((ObjectNode) r.get("steps")).put("requirements", 25).put("monitoring", 0);
    for (JsonNode c : r.get("criteria")) {
      if (c.get("id").asText().equals("requirements.constraints")) {
        ((ObjectNode) c).put("enabled", false);
      }
    }
    return r;
  }

  static TestServer.Response submit(String answer, String candidate, String cohort, String rubricId) {
    var n = Json.MAPPER.createObjectNode().put("answer", answer).put("candidateId", candidate).put("cohortId", cohort).put("promptId", "payment-fraud");
    if (rubricId != null) {
      n.put("rubricId", rubricId);
    }
    TestServer.Response r = t.post("/v1/evaluations", t.admin, n.toString());
    assertEquals(201, r.status(), r.toString());
    return r;
  }

  @Test
  void storingANewVersionKeepsTheOldAndAStoredVersionNeverChanges() {
    TestServer.Response first = t.post("/v1/rubrics", t.admin, rubric("course-a", "1.0.0").toString());
    assertEquals(201, first.status(), first.toString());
    assertEquals("/v1/rubrics/course-a/versions/1.0.0", first.header("Location"));
    TestServer.Response again = t.post("/v1/rubrics", t.admin, rubric("course-a", "1.0.0").toString());
    assertEquals(200, again.status(), "the very same version again stores nothing: " + again);
    assertFalse(again.json().get("created").asBoolean());

    TestServer.Response changed = t.post("/v1/rubrics", t.admin, reweighted("course-a", "1.0.0").toString());
    assertEquals(409, changed.status(), changed.toString());
    assertTrue(changed.json().get("detail").asText().contains("already stored with other content"), changed.toString());
    TestServer.Response older = t.post("/v1/rubrics", t.admin, reweighted("course-a", "0.9.0").toString());
    assertEquals(409, older.status(), older.toString());
    assertTrue(older.json().get("detail").asText().contains("e.g. 1.0.1"), older.toString());

    assertEquals(201, t.post("/v1/rubrics", t.admin, reweighted("course-a", "1.10.0").toString()).status());
    JsonNode versions = t.get("/v1/rubrics/course-a/versions", t.admin).json().get("versions");
    assertEquals(2, versions.size());
    assertEquals("1.0.0", versions.get(0).get("version").asText());
    assertFalse(versions.get(0).get("latest").asBoolean());
    assertEquals("1.10.0", versions.get(1).get("version").asText());
    assertTrue(versions.get(1).get("latest").asBoolean());
    assertEquals(rubric("course-a", "1.0.0"), t.get("/v1/rubrics/course-a/versions/1.0.0", t.admin).json(), "the old version, as stored");
    assertEquals("1.10.0", t.get("/v1/rubrics/course-a", t.admin).json().get("version").asText(), "the latest is the one graded with");
    assertEquals(404, t.get("/v1/rubrics/course-a/versions/2.0.0", t.admin).status());
    assertEquals(404, t.get("/v1/rubrics/no-such/versions", t.admin).status());
  }

  @Test
  void evaluationsKeepTheVersionTheyWereGradedWith() {
    assertEquals(201, t.post("/v1/rubrics", t.admin, rubric("course-b", "1.0.0").toString()).status());
    JsonNode before = submit(Answers.FRAUD, "ann", "b", "course-b").json();
    assertEquals("{\"id\":\"course-b\",\"version\":\"1.0.0\"}", before.get("rubric").toString());
    assertEquals(201, t.post("/v1/rubrics", t.admin, reweighted("course-b", "1.1.0").toString()).status());
    JsonNode after = submit(Answers.FRAUD, "ann", "b", "course-b").json();
    assertEquals("{\"id\":\"course-b\",\"version\":\"1.1.0\"}", after.get("rubric").toString());
    JsonNode reread = t.get("/v1/evaluations/" + before.get("id").asText(), t.admin).json();
    assertEquals("1.0.0", reread.get("rubric").get("version").asText());
    assertNotEquals(before.get("score").get("total"), after.get("score").get("total"));
  }

  @Test
  void refusesABadRubricListingEveryProblemAndTheBuiltInOne() {
    TestServer.Response bad = t.post("/v1/rubrics", t.admin, "{\"id\": \"Bad Id\", \"version\": \"\", \"steps\": {}}");
    assertEquals(422, bad.status(), bad.toString());
    List<String> paths = new ArrayList<>();
    bad.json().get("errors").forEach(e -> paths.add(e.get("path").asText()));
    assertEquals(List.of("$.id", "$.version"), paths);
    TestServer.Response bands = t.post("/v1/rubrics", t.admin, rubric("course-z", "1.0.0").put("gradeBands", "none").toString());
    assertEquals(422, bands.status());
    assertEquals("$.gradeBands", bands.json().get("errors").get(0).get("path").asText());
    assertEquals(400, t.post("/v1/rubrics", t.admin, "{\"id\": ").status());
    TestServer.Response builtIn = t.post("/v1/rubrics", t.admin, rubric("mlsd-default", "9.0.0").toString());
    assertEquals(409, builtIn.status(), builtIn.toString());
    String student = t.key(Role.STUDENT, List.of(), "s");
    assertEquals(403, t.post("/v1/rubrics", student, rubric("course-s", "1.0.0").toString()).status());
  }

  @Test
  void aDryRunReportsPerCandidateWhatWouldChangeAndStoresNothing() {
    String ann = submit(Answers.FRAUD, "ann", "dry", null).json().get("id").asText();
    submit(Answers.ACCURACY, "ben", "dry", null);
    submit(Answers.FEED, "ann", "other-cohort", null);
    String reportBefore = t.get("/v1/cohorts/dry/report", t.admin).body();

    TestServer.Response r = t.post("/v1/rubrics/course-d/dry-run?cohortId=dry", t.admin, reweighted("course-d", "1.0.0").toString());
    assertEquals(200, r.status(), r.toString());
    JsonNode report = r.json();
    assertTrue(report.get("dryRun").asBoolean());
    assertEquals("{\"id\":\"course-d\",\"version\":\"1.0.0\"}", report.get("rubric").toString());
    assertEquals(2, report.get("summary").get("candidates").asInt());
    assertEquals(0, report.get("summary").get("stored").asInt());
    JsonNode first = report.get("candidates").get(0);
    assertEquals("ann", first.get("candidateId").asText());
    assertEquals(ann, first.get("evaluationId").asText());
    assertEquals("mlsd-default", first.get("before").get("rubric").get("id").asText());
    assertEquals("course-d", first.get("after").get("rubric").get("id").asText());
    assertTrue(first.get("newEvaluationId").isNull());
    JsonNode old = t.get("/v1/evaluations/" + ann, t.admin).json();
    assertEquals(old.get("score").get("total").asDouble(), first.get("before").get("total").asDouble());
    boolean dropped = false;
    for (JsonNode c : first.get("changed")) {
      if (c.get("criterion").asText().equals("requirements.constraints")) {
        dropped = c.get("after").isNull() && !c.get("before").isNull();
      }
    }
    assertTrue(dropped, "the dropped criterion is listed as changed: " + first);

    assertEquals(reportBefore, t.get("/v1/cohorts/dry/report", t.admin).body(), "nothing stored");
    assertEquals(2, t.get("/v1/evaluations?cohortId=dry", t.admin).json().get("evaluations").size());
    assertEquals(404, t.get("/v1/rubrics/course-d/versions", t.admin).status(), "the proposed rubric is not stored");
  }

  @Test
  void aRegradeStoresTheRubricAndTheNewEvaluationsAndKeepsTheOld() {
    submit(Answers.FRAUD, "ann", "apply", null);
    submit(Answers.ACCURACY, "ben", "apply", null);
    TestServer.Response r = t.post("/v1/rubrics/course-e/regrade?cohortId=apply", t.admin, reweighted("course-e", "2.0.0").toString());
    assertEquals(200, r.status(), r.toString());
    assertFalse(r.json().get("dryRun").asBoolean());
    assertEquals(2, r.json().get("summary").get("stored").asInt());
    String newId = r.json().get("candidates").get(0).get("newEvaluationId").asText();
    JsonNode regraded = t.get("/v1/evaluations/" + newId, t.admin).json();
    assertEquals("{\"id\":\"course-e\",\"version\":\"2.0.0\"}", regraded.get("rubric").toString());
    assertEquals("ann", regraded.get("candidateId").asText());
    assertEquals("apply", regraded.get("cohortId").asText());
    assertEquals(4, t.get("/v1/evaluations?cohortId=apply", t.admin).json().get("evaluations").size(), "the old evaluations are kept");
    assertEquals(2, t.get("/v1/cohorts/apply/report", t.admin).json().get("candidates").asInt());
    assertEquals("2.0.0", t.get("/v1/rubrics/course-e/versions", t.admin).json().get("versions").get(0).get("version").asText());
    TestServer.Response again = t.post("/v1/rubrics/course-e/dry-run?cohortId=apply", t.admin, "");
    assertEquals(0, again.json().get("summary").get("scoreChanged").asInt(), "with the stored version, nothing changes any more: " + again);
  }

  @Test
  void anInstructorReGradesOnlyTheirCohortsAndMustNameOne() {
    String instructor = t.key(Role.INSTRUCTOR, List.of("mine"), null);
    assertEquals(403, t.post("/v1/rubrics/course-f/dry-run?cohortId=theirs", instructor, rubric("course-f", "1.0.0").toString()).status());
    assertEquals(200, t.post("/v1/rubrics/course-f/dry-run?cohortId=mine", instructor, rubric("course-f", "1.0.0").toString()).status());
    TestServer.Response none = t.post("/v1/rubrics/course-f/dry-run", instructor, rubric("course-f", "1.0.0").toString());
    assertEquals("cohortId", none.json().get("field").asText());
    TestServer.Response mismatch = t.post("/v1/rubrics/course-g/dry-run?cohortId=mine", instructor, rubric("course-f", "1.0.0").toString());
    assertEquals(400, mismatch.status());
    assertEquals("id", mismatch.json().get("field").asText());
    assertEquals(404, t.post("/v1/rubrics/course-nothing/dry-run?cohortId=mine", instructor, "").status());
    String student = t.key(Role.STUDENT, List.of("mine"), "s1");
    assertEquals(403, t.post("/v1/rubrics/course-f/dry-run?cohortId=mine", student, "").status());
  }
}
