package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.Assay;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Submission;
import dev.assay.engine.rules.RuleRunner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The rule base loads on a thread of its own while the rest of the engine is built: a grading
 * waits for it and then grades exactly as an engine loaded in one go, and a rule base that fails to
 * load fails the grading rather than turning into a rule failure inside an evaluation.
 */
class RuleBaseLoadingTest {
  private static Submission fraud() {
    return new Submission("We flag fraud with a gradient boosted model on transaction features, measured by PR AUC.", "payment-fraud", null, null, null, null, null, null, java.util.List.of());
  }

  @Test
  void aGradingWaitsForTheRuleBaseAndGradesAsTheSharedEngine() throws Exception {
    CompletableFuture<RuleRunner> pending = new CompletableFuture<>();
    Assay engine = Assay.load(pending);
    assertTrue(engine.rulesLoading());
    assertFalse(engine.rulesReady());
    FutureTask<String> grading = new FutureTask<>(() -> EvaluationJson.compact(engine.grade(fraud())));
    Thread t = new Thread(grading, "grading-before-the-rules");
    t.setDaemon(true);
    t.start();
    assertThrows(TimeoutException.class, () -> grading.get(300, TimeUnit.MILLISECONDS), "no grading without the rule base");
    RuleRunner rules = SharedEngine.ASSAY.rules();
    pending.complete(rules);
    String json = grading.get(60, TimeUnit.SECONDS);
    assertTrue(engine.rulesReady());
    assertFalse(engine.rulesLoading());
    assertSame(rules, engine.rules());
    assertEquals(EvaluationJson.compact(SharedEngine.ASSAY.grade(fraud())), json);
  }

  @Test
  void aRuleBaseThatFailsToLoadFailsTheGradingWithItsCause() {
    CompletableFuture<RuleRunner> failed = new CompletableFuture<>();
    failed.completeExceptionally(new IllegalStateException("cannot load the precompiled rules: broken"));
    Assay engine = Assay.load(failed);
    assertFalse(engine.rulesLoading());
    assertFalse(engine.rulesReady());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.grade(fraud()));
    assertEquals("cannot load the precompiled rules: broken", e.getMessage());
    assertThrows(IllegalStateException.class, engine::rules);
  }

  @Test
  void theSharedEngineLoadsThePrecompiledRuleBase() throws Exception {
    Future<RuleRunner> rules = CompletableFuture.supplyAsync(SharedEngine.ASSAY::rules);
    try {
      assertTrue(rules.get(120, TimeUnit.SECONDS).precompiled());
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
    assertTrue(SharedEngine.ASSAY.rulesReady());
  }
}
