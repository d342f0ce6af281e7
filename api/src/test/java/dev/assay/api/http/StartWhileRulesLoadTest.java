package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.api.Engines;
import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.Role;
import dev.assay.engine.Assay;
import dev.assay.engine.rules.RuleRunner;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A server starts while its engine's rule base is still loading: it answers, says it is not ready
 * on {@code /health} (503, "starting"), and holds gradings until the rule base is there.
 */
class StartWhileRulesLoadTest {
  private static TestServer.Response send(HttpRequest r) {
    return TestServer.send(r);
  }

  @Test
  void healthSaysStartingAndGradingsWaitUntilTheRuleBaseHasLoaded() throws Exception {
    RuleRunner rules = Engines.shared().rules();
    CompletableFuture<RuleRunner> pending = new CompletableFuture<>();
    Assay engine = Assay.load(pending);
    Path data = Files.createTempDirectory("assay-start-test");
    try (AssayServer server = AssayServer.start(ServerConfig.builder(data).port(0).build(), engine)) {
      String key = KeyStore.open(data).create(Role.ADMIN, List.of(), null).secret();
      String base = "http://127.0.0.1:" + server.port();
      TestServer.Response health = send(HttpRequest.newBuilder(URI.create(base + "/health")).build());
      assertEquals(503, health.status(), health.toString());
      assertEquals("starting", health.json().get("status").asText());
      TestServer.Response me = send(HttpRequest.newBuilder(URI.create(base + "/v1/me")).header("Authorization", "Bearer " + key).build());
      assertEquals(200, me.status(), "routes that need no rules answer at once: " + me);

      HttpRequest post =
          HttpRequest.newBuilder(URI.create(base + "/v1/evaluations"))
              .timeout(Duration.ofSeconds(60))
              .header("Authorization", "Bearer " + key)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(TestServer.submission("answer", Answers.FRAUD, "promptId", "payment-fraud", "candidateId", "ann"), StandardCharsets.UTF_8))
              .build();
      CompletableFuture<TestServer.Response> evaluation = CompletableFuture.supplyAsync(() -> send(post));
      assertThrows(TimeoutException.class, () -> evaluation.get(300, TimeUnit.MILLISECONDS), "no evaluation before the rule base");

      pending.complete(rules);
      TestServer.Response created = evaluation.get(60, TimeUnit.SECONDS);
      assertEquals(201, created.status(), created.toString());
      assertTrue(created.json().at("/score/total").isNumber());
      TestServer.Response ready = send(HttpRequest.newBuilder(URI.create(base + "/health")).build());
      assertEquals(200, ready.status(), ready.toString());
      assertEquals("ok", ready.json().get("status").asText());
      TestServer.Response catalogue = send(HttpRequest.newBuilder(URI.create(base + "/v1/rules")).header("Authorization", "Bearer " + key).build());
      assertEquals(200, catalogue.status());
      assertEquals(rules.ruleIds().size(), catalogue.json().get("rules").size());
    } finally {
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void healthSaysFailingWhenTheRuleBaseDidNotLoad() throws Exception {
    CompletableFuture<RuleRunner> failed = new CompletableFuture<>();
    failed.completeExceptionally(new IllegalStateException("cannot load the precompiled rules: broken"));
    Path data = Files.createTempDirectory("assay-start-test");
    try (AssayServer server = AssayServer.start(ServerConfig.builder(data).port(0).build(), Assay.load(failed))) {
      TestServer.Response health = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build());
      assertEquals(503, health.status(), health.toString());
      assertEquals("failing", health.json().get("status").asText());
    } finally {
      try (var files = Files.walk(data)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
