package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.Engines;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Batches: both input forms, progress, per-item outcomes, and other requests going on meanwhile. */
class BatchApiTest {
  @RegisterExtension static final TestServer t = TestServer.start();

  /** Polls the batch until it is done, within a deadline. */
  static JsonNode await(TestServer s, String location) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      TestServer.Response r = s.get(location, s.admin);
      assertEquals(200, r.status(), r.toString());
      JsonNode b = r.json();
      if (b.get("status").asText().equals("done")) {
        return b;
      }
      assertTrue(b.get("items") == null || b.get("items").isNull(), "items only once done");
      assertTrue(System.nanoTime() < deadline, "batch finished in time: " + b);
      Thread.sleep(20);
    }
  }

  @Test
  void aJsonArrayBatchReportsEachItemsEvaluationOrError() throws Exception {
    String body =
        "["
            + TestServer.submission("answer", Answers.FRAUD, "candidateId", "a1", "cohortId", "b")
            + ","
            + TestServer.submission("answer", Answers.FEED, "candidateId", "a2", "cohortId", "b", "bogus", "x")
            + ","
            + TestServer.submission("answer", Answers.FEED, "candidateId", "a3", "cohortId", "b", "promptId", "no-such-prompt")
            + ","
            + TestServer.submission("answer", Answers.ACCURACY, "candidateId", "a4", "cohortId", "b")
            + "]";
    TestServer.Response r = t.post("/v1/batches", t.admin, body);
    assertEquals(202, r.status(), r.toString());
    String id = r.json().get("id").asText();
    assertEquals("/v1/batches/" + id, r.header("Location"));
    assertEquals(4, r.json().get("total").asInt());

    JsonNode done = await(t, r.header("Location"));
    assertEquals(4, done.get("total").asInt());
    assertEquals(2, done.get("done").asInt());
    assertEquals(2, done.get("failed").asInt());
    JsonNode items = done.get("items");
    assertEquals(4, items.size());
    for (int i = 0; i < 4; i++) {
      assertEquals(i, items.get(i).get("index").asInt());
    }
    for (int i : new int[] {0, 3}) {
      TestServer.Response e = t.get("/v1/evaluations/" + items.get(i).get("id").asText(), t.admin);
      assertEquals(200, e.status(), "a done item is stored: " + e);
      assertEquals("a" + (i + 1), e.json().get("candidateId").asText());
    }
    assertEquals(400, items.get(1).at("/error/status").asInt());
    assertEquals("bogus", items.get(1).at("/error/field").asText());
    assertEquals(422, items.get(2).at("/error/status").asInt());
    assertEquals("promptId", items.get(2).at("/error/field").asText());
  }

  @Test
  void jsonLinesWorkAndABadLineFailsAlone() throws Exception {
    String body = TestServer.submission("answer", Answers.FEED, "candidateId", "l1") + "\n{not json\n\n" + TestServer.submission("answer", Answers.FRAUD, "candidateId", "l2") + "\n";
    TestServer.Response r = t.post("/v1/batches", t.admin, body);
    assertEquals(202, r.status(), r.toString());
    JsonNode done = await(t, r.header("Location"));
    assertEquals(3, done.get("total").asInt());
    assertEquals(2, done.get("done").asInt());
    assertEquals(400, done.at("/items/1/error/status").asInt());
  }

  @Test
  void anEmptyBatchOrAMalformedArrayIs400() {
    EvaluationApiTest.assertProblem(t.post("/v1/batches", t.admin, ""), 400, null);
    EvaluationApiTest.assertProblem(t.post("/v1/batches", t.admin, "[]"), 400, null);
    EvaluationApiTest.assertProblem(t.post("/v1/batches", t.admin, "[{\"answer\": \"x\"},"), 400, null);
  }

  @Test
  void aLongBatchDoesNotHoldUpSingleSubmissionsOrReads() throws Exception {
    Grader slowBatch = s -> {
      if (s.answer().contains("SLOW")) {
        try {
          Thread.sleep(150);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Engines.shared().grade(s);
    };
    try (TestServer s = TestServer.start(b -> b.gradeWorkers(1).batchWorkers(1), slowBatch)) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 80; i++) {
        lines.append(TestServer.submission("answer", Answers.FEED + " SLOW " + i, "candidateId", "s" + i, "cohortId", "big")).append('\n');
      }
      TestServer.Response started = s.post("/v1/batches", s.admin, lines.toString());
      assertEquals(202, started.status());
      long t0 = System.nanoTime();
      TestServer.Response single = s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FRAUD));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertEquals(201, single.status());
      assertEquals(200, s.get("/v1/cohorts/big/report", s.admin).status());
      JsonNode progress = s.get(started.header("Location"), s.admin).json();
      assertEquals("running", progress.get("status").asText(), "80 items at 150 ms each are still going: " + progress);
      assertTrue(ms < 5000, "a single submission is answered while the batch runs: " + ms + " ms");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (s.get(started.header("Location"), s.admin).json().get("done").asInt() < 2) {
        assertTrue(System.nanoTime() < deadline, "the batch makes progress");
        Thread.sleep(20);
      }
    }
  }
}
