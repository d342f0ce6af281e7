package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Submission;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.RubricFiles;
import dev.assay.engine.score.RubricWriter;
import dev.assay.spi.ScorerPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Grading with an instructor's rubric: a copy of the default grades exactly like it; custom
 * criteria are met, partial or missing by their query and conditions; plugin scorers judge their
 * criterion, and one that fails is listed without sinking the evaluation; rule selection per
 * submission.
 */
class CustomRubricGradingTest {
  private static final Assay ASSAY = SharedEngine.ASSAY;

  static String calibration(String name) throws IOException {
    try (InputStream in = CustomRubricGradingTest.class.getResourceAsStream("/calibration/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Submission fraud(String answer) {
    return Submission.of(answer).withPrompt("payment-fraud", null, null);
  }

  static Rubric read(ObjectNode tree) {
    return ASSAY.validator().read(tree, RubricFiles.none());
  }

  static Evaluation.CriterionResult result(Evaluation e, String id) {
    return e.steps().stream().flatMap(s -> s.criteria().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
  }

  static void assertSpansExact(String answer, List<Span> spans) {
    for (Span s : spans) {
      assertEquals(answer.substring(s.start(), s.end()), s.text(), "span " + s);
    }
  }

  /** A copy of the default rubric with one custom criterion. */
  static ObjectNode withCustom(String query, String... metWhen) {
    ObjectNode r = RubricValidatorTest.copy();
    ObjectNode c = RubricValidatorTest.custom(r, "custom.names-regulation", "requirements", query);
    c.put("title", "Names the regulation that applies");
    com.fasterxml.jackson.databind.node.ArrayNode when = ((ObjectNode) c.get("match")).putArray("metWhen");
    for (String w : metWhen) {
      when.add(w);
    }
    return r;
  }

  @Test
  void aCopyOfTheDefaultRubricGradesExactlyLikeIt() throws IOException {
    Rubric builtIn = ASSAY.rubric(null);
    Rubric copy = read(RubricWriter.toTree(builtIn));
    for (String file : List.of("cal-01.md", "cal-07.md", "cal-18.md")) {
      Submission s = fraud(calibration(file));
      assertEquals(ASSAY.grade(s), ASSAY.grade(s, copy), file);
    }
  }

  @Test
  void aCustomCriterionIsMetPartialOrMissingByItsQueryAndConditions() {
    Rubric rubric = read(withCustom("concept:req.regulation OR \"data protection\"", "reason"));
    String met = "We store card data under PCI DSS because the acquirer audits us. The model is a GBDT.";
    String partial = "GDPR applies. The model is a GBDT.";
    String missing = "The model is a GBDT with 300 trees.";
    String negated = "We do not need GDPR here. The model is a GBDT.";

    Evaluation.CriterionResult m = result(ASSAY.grade(fraud(met), rubric), "custom.names-regulation");
    assertEquals("met", m.status());
    assertEquals(List.of(new Span(25, 32, "PCI DSS")), m.evidence());
    assertEquals(List.of("CUSTOM_NAMES_REGULATION"), m.rules());
    assertTrue(m.points() > 0 && m.points() == m.maxPoints(), m.toString());

    Evaluation.CriterionResult p = result(ASSAY.grade(fraud(partial), rubric), "custom.names-regulation");
    assertEquals("partial", p.status());
    assertEquals(List.of(new Span(0, 4, "GDPR")), p.evidence());
    assertEquals(p.maxPoints() / 2, p.points(), 0.01);

    Evaluation missingEval = ASSAY.grade(fraud(missing), rubric);
    assertEquals("missing", result(missingEval, "custom.names-regulation").status());
    assertTrue(missingEval.findings().stream().anyMatch(f -> "custom.names-regulation".equals(f.criterion())
        && f.ruleId().equals("CRITERION_MISSING") && f.message().equals("Names the regulation that applies: not covered.")),
        missingEval.findings().toString());
    assertEquals("missing", result(ASSAY.grade(fraud(negated), rubric), "custom.names-regulation").status(), "a negated mention earns nothing");
  }

  @Test
  void aCustomCriterionTakesPartInItsStepsScore() {
    String answer = "We store card data under PCI DSS because the acquirer audits us. The model is a GBDT.";
    Evaluation withIt = ASSAY.grade(fraud(answer), read(withCustom("concept:req.regulation", "reason")));
    Evaluation without = ASSAY.grade(fraud(answer));
    double stepWith = withIt.steps().get(0).score();
    double stepWithout = without.steps().get(0).score();
    assertTrue(stepWith > stepWithout, stepWith + " vs " + stepWithout);
    assertEquals(15.0, withIt.steps().get(0).max());
  }

  @Test
  void metWhenANamedTechniqueStandsInTheSameSentence() {
    ObjectNode tree = withCustom("\"two tower\"", "technique");
    ((ObjectNode) tree.get("criteria").get(34).get("match")).putArray("techniques").add("tag:latency-technique");
    Rubric rubric = read(tree);
    String withAnn = "Candidates come from a two tower model served from an ANN index.";
    String bare = "Candidates come from a two tower model.";
    Evaluation.CriterionResult met = result(ASSAY.grade(fraud(withAnn), rubric), "custom.names-regulation");
    assertEquals("met", met.status(), met.toString());
    assertSpansExact(withAnn, met.evidence());
    assertEquals("two tower", met.evidence().get(0).text());
    assertEquals("partial", result(ASSAY.grade(fraud(bare), rubric), "custom.names-regulation").status());
  }

  @Test
  void theExemplarScorerJudgesItsCriterionFromTheModelAnswer() throws IOException {
    ObjectNode tree = RubricValidatorTest.copy();
    RubricValidatorTest.custom(tree, "custom.covers", "evaluation", "\"model answer\"");
    ObjectNode use = tree.putArray("scorers").addObject();
    use.put("scorer", "exemplar-similarity").put("criterion", "custom.covers");
    use.putObject("params").putArray("exemplars").add(
        "Report PR-AUC and recall at a fixed false-positive rate, since fraud is rare.\n"
            + "Shadow the model against live traffic, then canary it with automatic rollback.\n"
            + "Retrain the ensemble of gradient boosted quantile regressors on satellite imagery every hour.");
    Rubric rubric = read(tree);
    String answer = calibration("cal-01.md");
    Evaluation e = ASSAY.grade(fraud(answer), rubric);
    Evaluation.CriterionResult c = result(e, "custom.covers");
    assertEquals("met", c.status(), c.toString());
    assertEquals(List.of("EXEMPLAR_SIMILARITY"), c.rules());
    assertFalse(c.evidence().isEmpty());
    assertSpansExact(answer, c.evidence());
    Evaluation.Finding f = e.findings().stream().filter(x -> x.ruleId().equals("EXEMPLAR_SIMILARITY")).findFirst().orElseThrow();
    assertTrue(f.message().startsWith("Covers 2 of 3 points"), f.message());
    assertTrue(f.message().contains("satellite imagery"), "the missed point is quoted: " + f.message());
    assertEquals(List.of(), e.failures());
  }

  @Test
  void aScorerThatThrowsIsListedAndTheEvaluationStands() throws IOException {
    Rubric base = read(withCustom("gdpr"));
    ScorerPlugin.Prepared broken = answer -> {
      throw new IllegalStateException("model answers went missing");
    };
    Rubric rubric = new Rubric(base.id(), base.version(), base.title(), base.stepWeights(), base.criteria(), base.bands(), base.caps(),
        List.of(new Rubric.ScorerUse("flaky-scorer", "custom.names-regulation", java.util.Map.of(), Optional.of(broken))));
    String answer = calibration("cal-01.md");
    Evaluation e = ASSAY.grade(fraud(answer), rubric);
    assertEquals(List.of(new Evaluation.RuleFailure("FLAKY_SCORER", "scorer flaky-scorer failed: java.lang.IllegalStateException: model answers went missing")),
        e.failures());
    assertEquals("met", result(e, "custom.names-regulation").status(), "the query still judges it");
    assertEquals(ASSAY.grade(fraud(answer), base).score(), e.score());
  }

  @Test
  void aQueryThatCannotRunIsListedAsItsRulesFailure() {
    Rubric valid = read(withCustom("gdpr"));
    List<Rubric.Criterion> criteria = new java.util.ArrayList<>(valid.criteria());
    Rubric.Criterion c = criteria.remove(criteria.size() - 1);
    criteria.add(new Rubric.Criterion(c.id(), c.step(), c.core(), c.weight(), c.appliesTo(), true, c.title(),
        Optional.of(new Rubric.Match("gdpr AND (", List.of(), List.of())), c.feedback()));
    Rubric unchecked = new Rubric(valid.id(), valid.version(), valid.title(), valid.stepWeights(), criteria, valid.bands(), valid.caps());
    Evaluation e = ASSAY.grade(fraud("GDPR applies to our EU cardholders."), unchecked);
    assertEquals(1, e.failures().size(), e.failures().toString());
    assertEquals("CUSTOM_NAMES_REGULATION", e.failures().get(0).ruleId());
    assertEquals("missing", result(e, "custom.names-regulation").status());
  }

  @Test
  void aScorerThatJudgesAnotherCriterionOrPointsOutsideTheAnswerIsListed() {
    Rubric base = read(withCustom("gdpr"));
    ScorerPlugin.Prepared stray = answer -> new dev.assay.spi.ScorerResult(
        List.of(new dev.assay.spi.CriterionJudgement("data.split", dev.assay.spi.Verdict.MET, 1, List.of()),
            new dev.assay.spi.CriterionJudgement("custom.names-regulation", dev.assay.spi.Verdict.MET, 1,
                List.of(new dev.assay.spi.TextRange(0, 4), new dev.assay.spi.TextRange(5, 5000)))),
        List.of());
    Rubric rubric = new Rubric(base.id(), base.version(), base.title(), base.stepWeights(), base.criteria(), base.bands(), base.caps(),
        List.of(new Rubric.ScorerUse("stray", "custom.names-regulation", java.util.Map.of(), Optional.of(stray))));
    Evaluation e = ASSAY.grade(fraud("Data retention follows the policy."), rubric);
    assertEquals(2, e.failures().size(), e.failures().toString());
    assertTrue(e.failures().get(0).error().contains("judged 'data.split'"), e.failures().toString());
    assertTrue(e.failures().get(1).error().contains("pointed outside the answer"), e.failures().toString());
    Evaluation.CriterionResult c = result(e, "custom.names-regulation");
    assertEquals("met", c.status());
    assertEquals(List.of(new Span(0, 4, "Data")), c.evidence());
    assertEquals("missing", result(e, "data.split").status());
  }

  @Test
  void enabledOnlyRunsJustThoseRulesAndDisabledRulesLeavesThemOut() throws IOException {
    String answer = calibration("cal-01.md");
    Evaluation all = ASSAY.grade(fraud(answer));
    assertTrue(result(all, "evaluation.offline-metrics").rules().contains("OFFLINE_METRIC_WITH_PURPOSE"));

    Evaluation only = ASSAY.grade(fraud(answer).withRules(List.of(), List.of("OFFLINE_METRIC_WITH_PURPOSE")));
    for (Evaluation.StepResult s : only.steps()) {
      for (Evaluation.CriterionResult c : s.criteria()) {
        assertTrue(List.of("OFFLINE_METRIC_WITH_PURPOSE").containsAll(c.rules()), c.toString());
      }
    }
    assertEquals("met", result(only, "evaluation.offline-metrics").status());
    assertEquals("missing", result(only, "requirements.scale").status());

    Evaluation disabled = ASSAY.grade(fraud(answer).withRules(List.of("OFFLINE_METRIC_WITH_PURPOSE"), List.of()));
    assertFalse(result(disabled, "evaluation.offline-metrics").rules().contains("OFFLINE_METRIC_WITH_PURPOSE"));
    assertEquals(result(all, "requirements.scale"), result(disabled, "requirements.scale"));

    Rubric custom = read(withCustom("gdpr"));
    Evaluation noCustom = ASSAY.grade(fraud(answer).withRules(List.of("CUSTOM_NAMES_REGULATION"), List.of()), custom);
    assertEquals("missing", result(noCustom, "custom.names-regulation").status());
  }

  @Test
  void refusesRuleIdsThatDoNotExistNamingTheField() {
    Submission s = fraud("The model is a GBDT.");
    InvalidSubmissionException d = assertThrows(InvalidSubmissionException.class, () -> ASSAY.grade(s.withRules(List.of("NO_SUCH_RULE"), List.of())));
    assertEquals("disabledRules", d.field());
    assertTrue(d.getMessage().contains("NO_SUCH_RULE"), d.getMessage());
    InvalidSubmissionException o = assertThrows(InvalidSubmissionException.class, () -> ASSAY.grade(s.withRules(List.of(), List.of("CUSTOM_NAMES_REGULATION"))));
    assertEquals("enabledOnly", o.field(), "a custom criterion's rule exists only with its rubric");
  }

  @Test
  void theWalkthroughsRubricGradesACohortAnswer() throws IOException {
    Path example = Path.of("../docs/examples/ml-course.json");
    Rubric rubric = ASSAY.validator().read(java.nio.file.Files.readString(example, StandardCharsets.UTF_8), RubricFiles.in(example.toAbsolutePath().getParent()));
    String answer = calibration("cal-01.md");
    Evaluation e = ASSAY.grade(fraud(answer), rubric);
    assertEquals(new Evaluation.RubricRef("ml-course", "1.1.0"), e.rubric());
    assertEquals(20.0, e.steps().get(3).max());
    assertEquals("met", result(e, "custom.names-regulation").status());
    assertEquals("not_applicable", result(e, "custom.two-tower-retrieval").status(), "it applies to recommendation and search only");
    assertEquals("met", result(e, "custom.covers-model-answer").status());
    assertTrue(e.steps().get(0).criteria().stream().noneMatch(c -> c.id().equals("requirements.constraints")), "disabled criteria are not graded");
    assertEquals(List.of("PCI DSS", "GDPR"), result(e, "custom.names-regulation").evidence().stream().map(Span::text).toList());
    Evaluation.Finding covers = e.findings().stream().filter(f -> f.ruleId().equals("EXEMPLAR_SIMILARITY")).findFirst().orElseThrow();
    assertTrue(covers.message().startsWith("Covers 3 of 4 points of the model answer. Not covered: \u201cSplit the data by time"), covers.message());
    assertSpansExact(answer, result(e, "custom.covers-model-answer").evidence());
  }
}
