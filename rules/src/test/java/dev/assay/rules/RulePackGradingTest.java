package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Evaluation.CriterionResult;
import dev.assay.engine.model.Evaluation.PackRef;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Submission;
import dev.assay.engine.pack.PackSet;
import dev.assay.engine.pack.RulePack;
import dev.assay.engine.pack.RulePackCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule packs grading real answers: the example pack of the README changes judgements with its own
 * wording and evidence, and a pack that fails leaves the rest of the evaluation exactly as it was.
 */
class RulePackGradingTest {
  static final Path EXAMPLE = Path.of("..", "examples", "rule-packs", "privacy");
  static PackSet privacy;

  @BeforeAll
  static void load() {
    privacy = PackSet.of(List.of(RulePackCompiler.load(EXAMPLE)), SharedEngine.ASSAY.rules().ruleIds());
  }

  static String calibration(String file) throws IOException {
    return Files.readString(Path.of("src", "test", "resources", "calibration", file), StandardCharsets.UTF_8);
  }

  static CriterionResult criterion(Evaluation e, String id) {
    return e.steps().stream().flatMap(s -> s.criteria().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theExamplePackViolatesTheConstraintOfAnAdsAnswerThatNeverProtectsPersonalData() throws IOException {
    Submission s = Submission.of(calibration("cal-05.md")).withPrompt("ad-click-prediction", null, null);
    Evaluation without = SharedEngine.ASSAY.grade(s);
    Evaluation with = SharedEngine.ASSAY.grade(s, null, privacy);
    assertEquals("missing", criterion(without, "requirements.constraints").status());
    CriterionResult c = criterion(with, "requirements.constraints");
    assertEquals("violated", c.status());
    assertEquals(List.of("PRIVACY_PERSONAL_DATA_UNGUARDED"), c.rules());
    assertEquals(List.of(new PackRef("privacy", "1.0.0")), with.rulePacks());
    assertEquals(List.of(), with.packFailures());
    Evaluation.Finding f =
        with.findings().stream().filter(x -> x.ruleId().equals("PRIVACY_PERSONAL_DATA_UNGUARDED")).findFirst().orElseThrow();
    assertEquals("error", f.severity());
    assertTrue(f.message().startsWith("This ad click-through prediction learns from people's behaviour"), f.message());
    assertEquals(List.of(), without.rulePacks());
  }

  @Test
  void theExamplePackMeetsTheConstraintWithTheSentenceThatNamesASafeguard() {
    String sentence = "Users who opt out of personalised ads are scored by the contextual model only, with no user features.";
    String answer =
        "## Requirements\nWe predict the probability that an impression is clicked, for ranking ads in the auction at 50,000 queries per second. "
            + sentence
            + "\n\n## Model\nA logistic regression baseline, then gradient-boosted trees on user, ad and context features.\n";
    Submission s = Submission.of(answer).withPrompt("ad-click-prediction", null, null);
    assertEquals("missing", criterion(SharedEngine.ASSAY.grade(s), "requirements.constraints").status());
    CriterionResult c = criterion(SharedEngine.ASSAY.grade(s, null, privacy), "requirements.constraints");
    assertEquals("met", c.status());
    assertEquals(List.of("PRIVACY_SAFEGUARD_STATED"), c.rules());
    int start = answer.indexOf(sentence);
    assertEquals(List.of(Span.of(answer, start, start + sentence.length())), c.evidence());
  }

  @Test
  void aPackThatThrowsLeavesTheEvaluationAsWithoutItAndListsItsFailure() throws IOException {
    RulePack thrower =
        RulePackCompiler.compile(
            "test",
            "{\"id\": \"thrower\", \"version\": \"0.1.0\", \"criteria\": [\"data.split\"]}",
            Map.of("thrower.drl",
                "package t;\nimport dev.assay.engine.rules.Context;\nglobal dev.assay.engine.rules.Verdicts out;\n"
                    + "rule \"THROWER_ALWAYS\"\nwhen\n  Context()\nthen\n  out.violated(kcontext, \"data.split\", 1.0);\n  throw new IllegalStateException(\"instructor bug\");\nend\n"));
    Submission s = Submission.of(calibration("cal-01.md")).withPrompt("payment-fraud", null, null);
    Evaluation without = SharedEngine.ASSAY.grade(s);
    Evaluation with = SharedEngine.ASSAY.grade(s, null, PackSet.of(List.of(thrower), SharedEngine.ASSAY.rules().ruleIds()));
    assertEquals(1, with.packFailures().size());
    Evaluation.PackFailure f = with.packFailures().get(0);
    assertEquals("thrower", f.pack());
    assertEquals("exception", f.kind());
    assertEquals("THROWER_ALWAYS", f.ruleId());
    assertTrue(f.message().contains("instructor bug"), f.message());
    assertEquals(EvaluationJson.compact(without.steps()), EvaluationJson.compact(with.steps()));
    assertEquals(EvaluationJson.compact(without.score()), EvaluationJson.compact(with.score()));
    assertEquals(EvaluationJson.compact(without.findings()), EvaluationJson.compact(with.findings()));
  }

  @Test
  void withNoPacksTheEvaluationIsTheSameByteForByte() throws IOException {
    Submission s = Submission.of(calibration("cal-18.md")).withPrompt("payment-fraud", null, null);
    assertEquals(EvaluationJson.compact(SharedEngine.ASSAY.grade(s)), EvaluationJson.compact(SharedEngine.ASSAY.grade(s, null, PackSet.EMPTY)));
    assertTrue(EvaluationJson.compact(SharedEngine.ASSAY.grade(s)).endsWith("\"failures\":[],\"rulePacks\":[],\"packFailures\":[]}"));
  }
}
