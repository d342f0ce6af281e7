package dev.assay.api.http;

import static dev.assay.api.http.EvaluationApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.api.Engines;
import dev.assay.api.auth.Role;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every configurable limit answers a clear problem naming it, and the server stays healthy. */
class LimitsTest {
  static TestServer t;

  @BeforeAll
  static void start() {
    t = TestServer.start(b -> b.maxBodyBytes(2048).maxBatchBodyBytes(8192).maxAnswerChars(600).maxBatchItems(3).maxQueryChars(50).maxQueryClauses(4).maxPageSize(10));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  private static void assertLimit(TestServer.Response r, int status, String limit) {
    assertProblem(r, status, null);
    assertEquals(limit, r.json().path("limit").asText(null), r.toString());
  }

  @Test
  void aBodyOverTheLimitIs413WhetherItDeclaresItsLengthOrNot() {
    String big = TestServer.submission("answer", "x".repeat(5000));
    assertLimit(t.post("/v1/evaluations", t.admin, big), 413, "maxBodyBytes");
    HttpRequest chunked =
        t.request("/v1/evaluations", t.admin)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
            .build();
    assertLimit(TestServer.send(chunked), 413, "maxBodyBytes");
    assertEquals(200, t.get("/health", null).status());
  }

  @Test
  void anAnswerOverTheLimitIs422NamingIt() {
    TestServer.Response r = t.post("/v1/evaluations", t.admin, TestServer.submission("answer", "We use PR-AUC. ".repeat(50)));
    assertLimit(r, 422, "maxAnswerChars");
    assertEquals("answer", r.json().get("field").asText());
  }

  @Test
  void aBatchOverTheItemOrByteLimitIs413() {
    String item = TestServer.submission("answer", Answers.FEED, "candidateId", "x");
    assertLimit(t.post("/v1/batches", t.admin, String.join("\n", item, item, item, item)), 413, "maxBatchItems");
    String fat = TestServer.submission("answer", "y".repeat(500), "candidateId", "x");
    assertLimit(t.post("/v1/batches", t.admin, "[" + String.join(",", List.of(fat, fat, fat, fat, fat, fat, fat, fat, fat, fat, fat, fat, fat, fat, fat, fat, fat)) + "]"), 413, "maxBatchBodyBytes");
  }

  @Test
  void searchQueriesHaveALengthAndAClauseLimit() {
    assertLimit(t.get("/v1/search?q=" + "baseline+".repeat(10), t.admin), 400, "maxQueryChars");
    assertLimit(t.get("/v1/search?q=a1+b2+c3+d4+e5", t.admin), 400, "maxQueryClauses");
    assertLimit(t.get("/v1/search?q=%22one+two+three+four+five%22", t.admin), 400, "maxQueryClauses");
    assertEquals(200, t.get("/v1/search?q=baseline+AND+latenc*", t.admin).status());
    assertProblem(t.get("/v1/search?q=", t.admin), 400, "q");
    assertProblem(t.get("/v1/search?q=*leading", t.admin), 400, "q");
    assertProblem(t.get("/v1/search?q=(unclosed", t.admin), 400, "q");
    assertProblem(t.get("/v1/search?q=cohortId:c2", t.admin), 400, "q");
    assertProblem(t.get("/v1/search?q=baseline+OR+candidateId:bob", t.admin), 400, "q");
  }

  @Test
  void pagesHaveASizeLimit() {
    assertLimit(t.get("/v1/evaluations?limit=11", t.admin), 400, "maxPageSize");
    assertEquals(200, t.get("/v1/evaluations?limit=10", t.admin).status());
  }

  @Test
  void eachKeyHasARateAndGets429WithRetryAfter() {
    try (TestServer s = TestServer.start(b -> b.ratePerSecond(0.1).rateBurst(3))) {
      String other = s.key(Role.ADMIN, List.of(), null);
      for (int i = 0; i < 3; i++) {
        assertEquals(200, s.get("/v1/prompts", s.admin).status());
      }
      TestServer.Response r = s.get("/v1/prompts", s.admin);
      assertLimit(r, 429, "ratePerSecond");
      long retry = Long.parseLong(r.header("Retry-After"));
      assertTrue(retry >= 1 && retry <= 10, "Retry-After " + retry);
      assertEquals(200, s.get("/v1/prompts", other).status(), "another key has its own bucket");
      assertEquals(200, s.get("/health", null).status(), "the public health check is not rate limited");
    }
  }

  @Test
  void aFullGradingQueueIs503WithRetryAfter() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Grader blocking = s -> {
      if (s.answer().contains("BLOCK")) {
        started.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Engines.shared().grade(s);
    };
    try (TestServer s = TestServer.start(b -> b.gradeWorkers(1).gradeQueue(1), blocking)) {
      String body = TestServer.submission("answer", Answers.FEED + " BLOCK");
      CompletableFuture<HttpResponse<String>> first = async(s, body);
      assertTrue(started.await(20, TimeUnit.SECONDS), "the first grading started");
      CompletableFuture<HttpResponse<String>> second = async(s, body);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (s.get("/health", null).json().get("waiting").asInt() < 1) {
        assertTrue(System.nanoTime() < deadline, "the second submission is waiting");
        Thread.sleep(10);
      }
      TestServer.Response third = s.post("/v1/evaluations", s.admin, body);
      assertLimit(third, 503, "gradeQueue");
      assertTrue(Long.parseLong(third.header("Retry-After")) >= 1);
      assertEquals(200, s.get("/v1/prompts", s.admin).status(), "reads go on while grading is full");
      release.countDown();
      assertEquals(201, first.get(30, TimeUnit.SECONDS).statusCode());
      assertEquals(201, second.get(30, TimeUnit.SECONDS).statusCode());
    }
  }

  private static CompletableFuture<HttpResponse<String>> async(TestServer s, String body) {
    return TestServer.CLIENT.sendAsync(
        s.request("/v1/evaluations", s.admin).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aRunawayGradingIsStoppedAndReportedAndTheServerStaysHealthy() {
    Grader runaway = s -> {
      if (s.answer().contains("RUNAWAY")) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
        while (System.nanoTime() < end) {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50)); // ignores interrupts, like engine code that never checks them
        }
      }
      if (s.answer().contains("EXPLODE")) {
        throw new IllegalStateException("secret internal detail");
      }
      if (s.answer().contains("OVERFLOW")) {
        throw new StackOverflowError("deep");
      }
      return Engines.shared().grade(s);
    };
    try (TestServer s = TestServer.start(b -> b.gradeWorkers(1).gradeTimeoutMs(2000), runaway)) {
      assertEquals(201, s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FEED)).status(), "warm");
      long t0 = System.nanoTime();
      TestServer.Response r = s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FEED + " RUNAWAY"));
      long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      assertLimit(r, 422, "gradeTimeoutMs");
      assertTrue(ms >= 2000 && ms < 5000, "answered at the limit, not when the grading ended: " + ms + " ms");
      assertEquals(200, s.get("/health", null).status());
      TestServer.Response next = s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FEED));
      assertEquals(201, next.status(), "the only worker is busy with the runaway, a lent one grades: " + next);
      assertEquals(2, s.get("/v1/evaluations?limit=10", s.admin).json().get("evaluations").size(), "the abandoned grading was not stored");

      TestServer.Response boom = s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FEED + " EXPLODE"));
      assertProblem(boom, 500, null);
      assertFalse(boom.body().contains("secret internal detail"));
      TestServer.Response overflow = s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FEED + " OVERFLOW"));
      assertProblem(overflow, 500, null);
      assertEquals(201, s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FRAUD)).status());
    }
  }

  @Test
  void theRealEngineIsStoppedAtTheLimitToo() {
    try (TestServer s = TestServer.start(b -> b.gradeTimeoutMs(1))) {
      TestServer.Response r = s.post("/v1/evaluations", s.admin, TestServer.submission("answer", Answers.FRAUD.repeat(20)));
      assertLimit(r, 422, "gradeTimeoutMs");
      assertEquals(200, s.get("/health", null).status());
    }
  }
}
