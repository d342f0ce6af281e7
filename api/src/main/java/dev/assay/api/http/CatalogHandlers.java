package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import dev.assay.engine.model.Step;
import dev.assay.engine.score.Rubric;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the engine knows, for any key: prompts, rubrics and rules; what the key itself is; and the public health check. */
final class CatalogHandlers {
  private final Services s;
  /** The rule catalogue, made on first use: the rule base may still be loading when the server starts. */
  private volatile List<RuleCatalog.RuleInfo> rules;

  CatalogHandlers(Services s) {
    this.s = s;
  }

  private List<RuleCatalog.RuleInfo> ruleCatalog() {
    List<RuleCatalog.RuleInfo> r = rules;
    if (r == null) {
      r = RuleCatalog.load(s.engine().rules().ruleIds());
      rules = r;
    }
    return r;
  }

  /** A catalogue prompt as listed. */
  record PromptView(String id, String problemType, String text) {}

  /** A rubric's summary as listed. */
  record RubricSummary(String id, String version, String title, double total, int criteria) {}

  /** A rubric criterion as shown. */
  record CriterionView(String id, String step, boolean core, double weight, List<String> appliesTo, boolean enabled) {}

  /** A rubric in full. */
  record RubricView(
      String id, String version, String title, double total, Map<String, Double> stepWeights, List<CriterionView> criteria, List<Rubric.Band> bands,
      Map<Integer, Integer> caps) {}

  void prompts(Context ctx, Principal p) {
    Json.write(ctx, Map.of("prompts", s.engine().prompts().all().stream().map(x -> new PromptView(x.id(), x.problemType().id(), x.text())).toList()));
  }

  void rubrics(Context ctx, Principal p) {
    Json.write(ctx, Map.of("rubrics", s.engine().rubrics().stream().map(r -> new RubricSummary(r.id(), r.version(), r.title(), r.total(), r.criteria().size())).toList()));
  }

  void rubric(Context ctx, Principal p) {
    String id = ctx.pathParam("id");
    Rubric r = s.engine().rubrics().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> ProblemException.notFound("no such rubric"));
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Step step : Step.values()) {
      weights.put(step.id(), r.stepWeights().getOrDefault(step, 0.0));
    }
    List<CriterionView> criteria =
        r.criteria().stream().map(c -> new CriterionView(c.id(), c.step().id(), c.core(), c.weight(), c.appliesTo(), c.enabled())).toList();
    Json.write(ctx, new RubricView(r.id(), r.version(), r.title(), r.total(), weights, criteria, r.bands(), r.caps()));
  }

  void rules(Context ctx, Principal p) {
    Json.write(ctx, Map.of("rules", ruleCatalog()));
  }

  /** What a key is: its id, role, cohorts and candidate, so a page can offer what the key may do. */
  record Me(String keyId, String role, List<String> cohorts, String candidateId) {}

  void me(Context ctx, Principal p) {
    Json.write(ctx, new Me(p.keyId(), p.role().id(), p.cohorts().stream().sorted().toList(), p.candidateId()));
  }

  void health(Context ctx, Principal p) {
    Map<String, Object> out = new LinkedHashMap<>();
    boolean stored = s.store().healthy();
    boolean starting = stored && s.engine().rulesLoading();
    boolean ok = stored && s.engine().rulesReady();
    out.put("status", ok ? "ok" : starting ? "starting" : "failing");
    out.put("version", dev.assay.engine.Assay.VERSION);
    out.put("waiting", s.interactive().waiting());
    Json.write(ctx, ok ? 200 : 503, out);
  }
}
