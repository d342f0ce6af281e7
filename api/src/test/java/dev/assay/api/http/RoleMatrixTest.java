package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.auth.Role;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, over real HTTP, with ids in the path, the query and the body: admins everything;
 * instructors their cohorts; students themselves; anyone else 401, 403, or 404 where existence
 * must not leak.
 */
class RoleMatrixTest {
  static TestServer t;
  static String instC1;
  static String instC2;
  static String instBoth;
  static String alice;
  static String bob;
  static String carol;
  /** Evaluation ids by name: alice, bob (c1), dave (c2), carol (no cohort), aliceC2 (another alice, in c2). */
  static final Map<String, String> ev = new LinkedHashMap<>();
  /** The answer posted for each of them. */
  static final Map<String, String> posted = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    t = TestServer.start();
    instC1 = t.key(Role.INSTRUCTOR, List.of("c1"), null);
    instC2 = t.key(Role.INSTRUCTOR, List.of("c2"), null);
    instBoth = t.key(Role.INSTRUCTOR, List.of("c1", "c2"), null);
    alice = t.key(Role.STUDENT, List.of("c1"), "alice");
    bob = t.key(Role.STUDENT, List.of("c1"), "bob");
    carol = t.key(Role.STUDENT, List.of(), "carol");
    ev.put("alice", created(t.post("/v1/evaluations", alice, TestServer.submission("answer", Answers.FRAUD))));
    ev.put("bob", created(t.post("/v1/evaluations", instC1, TestServer.submission("answer", Answers.FEED, "candidateId", "bob"))));
    ev.put("dave", created(t.post("/v1/evaluations", instC2, TestServer.submission("answer", Answers.FRAUD + " Dave.", "candidateId", "dave"))));
    ev.put("carol", created(t.post("/v1/evaluations", carol, TestServer.submission("answer", Answers.ACCURACY))));
    ev.put("aliceC2", created(t.post("/v1/evaluations", t.admin, TestServer.submission("answer", Answers.FEED + " Alice two.", "candidateId", "alice", "cohortId", "c2"))));
    posted.putAll(Map.of("alice", Answers.FRAUD, "bob", Answers.FEED, "dave", Answers.FRAUD + " Dave.", "carol", Answers.ACCURACY, "aliceC2", Answers.FEED + " Alice two."));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  private static String created(TestServer.Response r) {
    assertEquals(201, r.status(), r.toString());
    return r.json().get("id").asText();
  }

  private static void expect(int status, TestServer.Response r) {
    assertEquals(status, r.status(), r.toString());
    if (status >= 400) {
      assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }
  }

  @Test
  void studentsSubmitAsTheCandidateOnTheirKey() {
    TestServer.Response r = t.post("/v1/evaluations", bob, TestServer.submission("answer", Answers.FEED));
    expect(201, r);
    assertEquals("bob", r.json().get("candidateId").asText());
    assertEquals("c1", r.json().get("cohortId").asText());
    expect(201, t.post("/v1/evaluations", bob, TestServer.submission("answer", Answers.FEED, "candidateId", "bob")));
    expect(403, t.post("/v1/evaluations", bob, TestServer.submission("answer", Answers.FEED, "candidateId", "alice")));
    expect(403, t.post("/v1/evaluations", bob, TestServer.submission("answer", Answers.FEED, "cohortId", "c2")));
    expect(403, t.post("/v1/evaluations", carol, TestServer.submission("answer", Answers.FEED, "cohortId", "c1")));
    TestServer.Response noCohort = t.post("/v1/evaluations", carol, TestServer.submission("answer", Answers.FEED));
    expect(201, noCohort);
    assertTrue(noCohort.json().get("cohortId").isNull());
  }

  @Test
  void instructorsSubmitForCandidatesOfTheirCohorts() {
    TestServer.Response r = t.post("/v1/evaluations", instC1, TestServer.submission("answer", Answers.FEED, "candidateId", "zed"));
    expect(201, r);
    assertEquals("c1", r.json().get("cohortId").asText(), "the key's only cohort is the default");
    expect(403, t.post("/v1/evaluations", instC1, TestServer.submission("answer", Answers.FEED, "candidateId", "zed", "cohortId", "c2")));
    TestServer.Response noCandidate = t.post("/v1/evaluations", instC1, TestServer.submission("answer", Answers.FEED));
    expect(400, noCandidate);
    assertEquals("candidateId", noCandidate.json().get("field").asText());
    TestServer.Response ambiguous = t.post("/v1/evaluations", instBoth, TestServer.submission("answer", Answers.FEED, "candidateId", "zed"));
    expect(400, ambiguous);
    assertEquals("cohortId", ambiguous.json().get("field").asText());
    expect(201, t.post("/v1/evaluations", instBoth, TestServer.submission("answer", Answers.FEED, "candidateId", "zed", "cohortId", "c2")));
  }

  @Test
  void readingOneEvaluationFollowsTheMatrixAndHidesWhatIsNotYours() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("admin", t.admin);
    keys.put("instC1", instC1);
    keys.put("instC2", instC2);
    keys.put("alice", alice);
    keys.put("bob", bob);
    keys.put("carol", carol);
    Map<String, Set<String>> readable = Map.of(
        "admin", ev.keySet(),
        "instC1", Set.of("alice", "bob"),
        "instC2", Set.of("dave", "aliceC2"),
        "alice", Set.of("alice"),
        "bob", Set.of("bob"),
        "carol", Set.of("carol"));
    for (var k : keys.entrySet()) {
      for (var e : ev.entrySet()) {
        int want = readable.get(k.getKey()).contains(e.getKey()) ? 200 : 404;
        TestServer.Response r = t.get("/v1/evaluations/" + e.getValue(), k.getValue());
        assertEquals(want, r.status(), k.getKey() + " reads " + e.getKey() + ": " + r);
      }
    }
    for (String id : ev.values()) {
      expect(401, t.get("/v1/evaluations/" + id, null));
      expect(401, t.get("/v1/evaluations/" + id, "ak_not-a-real-key"));
      expect(401, TestServer.send(t.request("/v1/evaluations/" + id, null).header("Authorization", "Basic YWRtaW46YWRtaW4=").build()));
    }
  }

  @Test
  void anAnswerIsReadableExactlyWhereItsEvaluationIsAndArrivesAsPosted() {
    for (String key : List.of(t.admin, instC1, instC2, alice, bob, carol)) {
      for (var e : ev.entrySet()) {
        TestServer.Response evaluation = t.get("/v1/evaluations/" + e.getValue(), key);
        TestServer.Response answer = t.get("/v1/evaluations/" + e.getValue() + "/answer", key);
        assertEquals(evaluation.status(), answer.status(), e.getKey() + ": " + answer);
        if (answer.status() == 200) {
          assertEquals(posted.get(e.getKey()), answer.json().get("answer").asText());
          assertEquals(e.getValue(), answer.json().get("id").asText());
        }
      }
    }
    expect(401, t.get("/v1/evaluations/" + ev.get("alice") + "/answer", null));
  }

  @Test
  void meDescribesTheKeyPresented() {
    JsonNode inst = t.get("/v1/me", instBoth).json();
    assertEquals("instructor", inst.get("role").asText());
    assertEquals("[\"c1\",\"c2\"]", inst.get("cohorts").toString());
    assertTrue(inst.get("candidateId").isNull());
    assertTrue(inst.get("keyId").asText().startsWith("key_"));
    JsonNode student = t.get("/v1/me", alice).json();
    assertEquals("student", student.get("role").asText());
    assertEquals("alice", student.get("candidateId").asText());
    assertEquals("admin", t.get("/v1/me", t.admin).json().get("role").asText());
    expect(401, t.get("/v1/me", null));
    expect(401, t.get("/v1/me", "ak_not-a-real-key"));
  }

  @Test
  void cohortCandidatesListTheLatestEvaluationOfEachCandidateOfTheCohortOnly() {
    TestServer.Response r = t.get("/v1/cohorts/c1/candidates", instC1);
    expect(200, r);
    Map<String, String> byCandidate = new LinkedHashMap<>();
    r.json().get("candidates").forEach(c -> byCandidate.put(c.get("candidateId").asText(), c.get("evaluationId").asText()));
    assertEquals(ev.get("alice"), byCandidate.get("alice"), "alice's c1 evaluation, not her c2 one");
    assertTrue(byCandidate.containsKey("bob"));
    assertTrue(!byCandidate.containsKey("dave") && !byCandidate.containsKey("carol"), byCandidate.toString());
    JsonNode first = r.json().get("candidates").get(0);
    assertEquals(7, first.get("steps").size());
    assertTrue(first.get("grade").asInt() >= 1 && first.get("grade").asInt() <= 4);
  }

  private static Set<String> listed(TestServer.Response r) {
    expect(200, r);
    Set<String> ids = new HashSet<>();
    r.json().get("evaluations").forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  @Test
  void listingsShowOnlyWhatTheKeyMayRead() {
    Set<String> aliceSees = listed(t.get("/v1/evaluations?limit=100", alice));
    assertEquals(Set.of(ev.get("alice")), aliceSees);
    assertEquals(Set.of(), listed(t.get("/v1/evaluations?cohortId=c2", alice)));
    expect(403, t.get("/v1/evaluations?candidateId=bob", alice));
    TestServer.Response carolList = t.get("/v1/evaluations?limit=100", carol);
    assertTrue(listed(carolList).contains(ev.get("carol")));
    carolList.json().get("evaluations").forEach(n -> {
      assertEquals("carol", n.get("candidateId").asText());
      assertTrue(n.get("cohortId").isNull());
    });

    Set<String> c1 = listed(t.get("/v1/evaluations?limit=100", instC1));
    assertTrue(c1.containsAll(Set.of(ev.get("alice"), ev.get("bob"))));
    assertTrue(c1.stream().noneMatch(id -> id.equals(ev.get("dave")) || id.equals(ev.get("carol")) || id.equals(ev.get("aliceC2"))));
    expect(403, t.get("/v1/evaluations?cohortId=c2", instC1));
    assertEquals(Set.of(), listed(t.get("/v1/evaluations?candidateId=dave", instC1)));
    assertEquals(Set.of(ev.get("alice")), listed(t.get("/v1/evaluations?candidateId=alice&cohortId=c1", instC1)));

    assertTrue(listed(t.get("/v1/evaluations?limit=100", t.admin)).containsAll(ev.values()));
    expect(401, t.get("/v1/evaluations", null));
  }

  @Test
  void cohortReportsAndGradebooksAreForTheCohortsInstructorsAndAdmins() {
    for (String path : List.of("/v1/cohorts/c1/report", "/v1/cohorts/c1/gradebook.csv", "/v1/cohorts/c1/candidates")) {
      expect(200, t.get(path, t.admin));
      expect(200, t.get(path, instC1));
      expect(200, t.get(path, instBoth));
      expect(403, t.get(path, instC2));
      expect(403, t.get(path, alice));
      expect(403, t.get(path, carol));
      expect(401, t.get(path, null));
    }
    expect(403, t.get("/v1/cohorts/no-such-cohort/report", instC1));
    expect(200, t.get("/v1/cohorts/no-such-cohort/report", t.admin));
  }

  @Test
  void searchIsForInstructorsWithinTheirCohorts() {
    expect(403, t.get("/v1/search?q=fraud", alice));
    expect(403, t.get("/v1/search?q=fraud&cohortId=c2", instC1));
    expect(401, t.get("/v1/search?q=fraud", null));
    TestServer.Response r = t.get("/v1/search?q=fraud&limit=100", instC1);
    expect(200, r);
    for (JsonNode hit : r.json().get("results")) {
      assertEquals("c1", hit.get("cohortId").asText(), hit.toString());
    }
    TestServer.Response all = t.get("/v1/search?q=fraud&limit=100", t.admin);
    assertTrue(all.json().get("results").findValuesAsText("id").contains(ev.get("dave")));
  }

  @Test
  void similarAnswersAreForInstructorsAndHideOtherCohorts() {
    expect(403, t.get("/v1/evaluations/" + ev.get("alice") + "/similar", alice));
    expect(404, t.get("/v1/evaluations/" + ev.get("dave") + "/similar", instC1));
    TestServer.Response r = t.get("/v1/evaluations/" + ev.get("alice") + "/similar", instC1);
    expect(200, r);
    for (JsonNode s : r.json().get("similar")) {
      assertEquals("c1", s.get("cohortId").asText());
    }
    expect(200, t.get("/v1/evaluations/" + ev.get("dave") + "/similar", t.admin));
  }

  @Test
  void batchesAreForInstructorsWithinTheirCohortsAndVisibleToTheirOwner() {
    String items = "[" + TestServer.submission("answer", Answers.FEED, "candidateId", "b1") + "]";
    expect(403, t.post("/v1/batches", alice, items));
    String foreign = "[" + TestServer.submission("answer", Answers.FEED, "candidateId", "b1") + "," + TestServer.submission("answer", Answers.FEED, "candidateId", "b2", "cohortId", "c2") + "]";
    expect(403, t.post("/v1/batches", instC1, foreign));
    TestServer.Response r = t.post("/v1/batches", instC1, items);
    expect(202, r);
    String id = r.json().get("id").asText();
    expect(200, t.get("/v1/batches/" + id, instC1));
    expect(200, t.get("/v1/batches/" + id, t.admin));
    expect(404, t.get("/v1/batches/" + id, instC2));
    expect(403, t.get("/v1/batches/" + id, alice));
    expect(404, t.get("/v1/batches/batch_000000000000000000000000", instC1));
  }

  @Test
  void cataloguesAreForAnyKey() {
    for (String path : List.of("/v1/prompts", "/v1/rubrics", "/v1/rubrics/mlsd-default", "/v1/rules")) {
      for (String key : List.of(t.admin, instC1, alice, carol)) {
        expect(200, t.get(path, key));
      }
      expect(401, t.get(path, null));
    }
  }

  @Test
  void aRevokedKeyStopsWorkingOnTheNextRequest() {
    String key = t.key(Role.INSTRUCTOR, List.of("c1"), null);
    expect(200, t.get("/v1/prompts", key));
    int status = dev.assay.api.Main.run("keys", "revoke", "--data", t.data.toString(), key);
    assertEquals(0, status);
    expect(401, t.get("/v1/prompts", key));
    expect(200, t.get("/v1/prompts", instC1));
  }
}
