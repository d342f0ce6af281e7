package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A cohort's report, grade book, search and similar answers, checked against what was posted. */
class CohortApiTest {
  static TestServer t;
  static final String EVIL = "=HYPERLINK(\"http://evil\",\"x\")";
  static final String COMMA = "Doe, \"J\"";
  /** Latest evaluation per candidate. */
  static final Map<String, JsonNode> latest = new HashMap<>();
  /** Answer text per evaluation id. */
  static final Map<String, String> answers = new HashMap<>();
  static String annFirst;
  static String catCopy;
  static String benId;
  static String zoeOtherCohort;

  @BeforeAll
  static void start() {
    t = TestServer.start();
    annFirst = post("ann", Answers.FRAUD).get("id").asText();
    post("ann", Answers.FEED);
    benId = post("ben", Answers.ACCURACY).get("id").asText();
    catCopy = post("cat", Answers.FRAUD).get("id").asText();
    post(EVIL, Answers.FEED + " Evil twin.");
    post(COMMA, Answers.ACCURACY + " Also a batch job.");
    zoeOtherCohort = t.post("/v1/evaluations", t.admin, TestServer.submission("answer", Answers.FRAUD, "candidateId", "zoe", "cohortId", "other")).json().get("id").asText();
  }

  private static JsonNode post(String candidate, String answer) {
    TestServer.Response r = t.post("/v1/evaluations", t.admin, TestServer.submission("answer", answer, "candidateId", candidate, "cohortId", "k", "promptId", "payment-fraud"));
    assertEquals(201, r.status(), r.toString());
    latest.put(candidate, r.json());
    answers.put(r.json().get("id").asText(), answer);
    return r.json();
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void theReportCountsEachCandidatesLatestEvaluation() {
    TestServer.Response r = t.get("/v1/cohorts/k/report", t.admin);
    assertEquals(200, r.status(), r.toString());
    JsonNode rep = r.json();
    assertEquals("k", rep.get("cohortId").asText());
    assertEquals(5, rep.get("candidates").asInt());
    assertEquals(6, rep.get("evaluations").asInt());
    int graded = 0;
    for (JsonNode g : rep.get("grades")) {
      graded += g.get("count").asInt();
      assertNotNull(g.get("label").asText());
    }
    assertEquals(5, graded);
    double mean = latest.values().stream().mapToDouble(e -> e.at("/score/total").asDouble()).average().orElseThrow();
    assertEquals(mean, rep.at("/total/mean").asDouble(), 0.006);
    assertEquals(7, rep.get("steps").size());
    for (JsonNode step : rep.get("steps")) {
      assertTrue(step.get("maxPoints").asDouble() > 0);
      assertTrue(step.at("/score/mean").asDouble() <= step.get("maxPoints").asDouble());
      assertTrue(step.at("/score/sd").asDouble() >= 0);
    }
    Map<String, Integer> missing = new HashMap<>();
    for (JsonNode e : latest.values()) {
      for (JsonNode step : e.get("steps")) {
        for (JsonNode c : step.get("criteria")) {
          if (c.get("status").asText().equals("missing")) {
            missing.merge(c.get("id").asText(), 1, Integer::sum);
          }
        }
      }
    }
    int previous = Integer.MAX_VALUE;
    for (JsonNode m : rep.get("mostMissing")) {
      int count = m.get("count").asInt();
      assertEquals(missing.get(m.get("criterion").asText()), count, m.toString());
      assertTrue(count <= previous, "most frequent first");
      previous = count;
    }
    Map<String, Integer> raised = new HashMap<>();
    for (JsonNode e : latest.values()) {
      Set<String> distinct = new java.util.HashSet<>();
      e.get("findings").forEach(f -> distinct.add(f.get("ruleId").asText() + "|" + f.path("criterion").asText("") + "|" + f.get("severity").asText()));
      distinct.forEach(k -> raised.merge(k, 1, Integer::sum));
    }
    assertTrue(rep.get("findings").size() > 0);
    previous = Integer.MAX_VALUE;
    for (JsonNode f : rep.get("findings")) {
      String k = f.get("ruleId").asText() + "|" + f.path("criterion").asText("") + "|" + f.get("severity").asText();
      assertEquals(raised.get(k), f.get("count").asInt(), k);
      assertTrue(f.get("count").asInt() <= previous);
      previous = f.get("count").asInt();
    }
  }

  /** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertTrue(c != '\n' && c != '\r', "bare line break outside quotes at " + i);
        f.append(c);
      }
    }
    assertTrue(row.isEmpty() && f.length() == 0, "the last record ends in CRLF");
    return rows;
  }

  @Test
  void theGradebookHasOneSafeRowPerCandidate() {
    TestServer.Response r = t.get("/v1/cohorts/k/gradebook.csv", t.admin);
    assertEquals(200, r.status());
    assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
    assertTrue(r.header("Content-Disposition").contains("gradebook-k.csv"));
    List<List<String>> rows = parseCsv(r.body());
    List<String> header = rows.get(0);
    assertEquals(List.of("candidateId", "evaluationId", "createdAt", "total", "grade", "gradeLabel", "requirements", "framing", "data", "model", "evaluation", "serving", "monitoring"), header.subList(0, 13));
    assertEquals(6, rows.size(), "a header and five candidates");
    Set<String> statuses = Set.of("met", "partial", "missing", "violated", "not_applicable", "");
    Map<String, List<String>> byCandidate = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertEquals(header.size(), row.size());
      byCandidate.put(row.get(0), row);
      for (String cell : row.subList(13, row.size())) {
        assertTrue(statuses.contains(cell), cell);
      }
    }
    assertEquals(latest.get("ann").get("id").asText(), byCandidate.get("ann").get(1), "the latest evaluation");
    assertEquals(String.format(Locale.ROOT, "%.2f", latest.get("ann").at("/score/total").asDouble()), byCandidate.get("ann").get(3));
    assertTrue(byCandidate.containsKey("'" + EVIL), "a formula-like id is defused: " + byCandidate.keySet());
    assertTrue(byCandidate.containsKey(COMMA), "commas and quotes survive quoting");
    int criterion = header.indexOf("evaluation.metric-fit");
    assertTrue(criterion > 0);
    assertEquals(status(latest.get("ben"), "evaluation.metric-fit"), byCandidate.get("ben").get(criterion));
  }

  private static String status(JsonNode evaluation, String criterion) {
    for (JsonNode step : evaluation.get("steps")) {
      for (JsonNode c : step.get("criteria")) {
        if (c.get("id").asText().equals(criterion)) {
          return c.get("status").asText();
        }
      }
    }
    return "";
  }

  @Test
  void searchFindsAnswersWithPassagesAsExactSpans() {
    TestServer.Response r = t.get("/v1/search?q=%22fixed+false-positive+rate%22+OR+batch&cohortId=k", t.admin);
    assertEquals(200, r.status(), r.toString());
    JsonNode results = r.json().get("results");
    Set<String> ids = Set.copyOf(results.findValuesAsText("id"));
    assertTrue(ids.containsAll(Set.of(annFirst, catCopy, benId)), ids.toString());
    assertFalse(ids.contains(zoeOtherCohort), "another cohort's answer is filtered out");
    Set<String> words = Set.of("fixed", "false", "positive", "rate", "batch");
    for (JsonNode hit : results) {
      assertEquals("k", hit.get("cohortId").asText());
      String answer = answers.get(hit.get("id").asText());
      assertTrue(hit.get("snippets").size() > 0, hit.toString());
      for (JsonNode sn : hit.get("snippets")) {
        int start = sn.get("start").asInt();
        int end = sn.get("end").asInt();
        assertEquals(answer.substring(start, end), sn.get("text").asText());
        for (JsonNode m : sn.get("matches")) {
          int ms = m.get("start").asInt();
          int me = m.get("end").asInt();
          assertTrue(start <= ms && me <= end);
          String matched = answer.substring(ms, me).toLowerCase(Locale.ROOT);
          assertTrue(words.stream().anyMatch(matched::contains), matched);
        }
      }
    }
  }

  @Test
  void similarAnswersPutACopyFirstNearOne() {
    TestServer.Response r = t.get("/v1/evaluations/" + annFirst + "/similar?limit=3", t.admin);
    assertEquals(200, r.status(), r.toString());
    JsonNode similar = r.json().get("similar");
    assertTrue(similar.size() >= 2 && similar.size() <= 3);
    assertEquals(catCopy, similar.get(0).get("id").asText());
    assertTrue(similar.get(0).get("similarity").asDouble() > 0.99, similar.toString());
    double previous = 1.0;
    for (JsonNode s : similar) {
      double sim = s.get("similarity").asDouble();
      assertTrue(sim >= 0 && sim <= previous, similar.toString());
      previous = sim;
      assertTrue(!s.get("id").asText().equals(annFirst), "not itself");
      assertEquals("k", s.get("cohortId").asText(), "same cohort only");
    }
    assertTrue(similar.get(1).get("similarity").asDouble() < 0.9, "a different answer is less similar: " + similar);
    assertFalse(similar.findValuesAsText("id").contains(zoeOtherCohort), "the same answer in another cohort is not listed");
  }
}
