package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers that game the rubric. Answers that are strings of buzzwords (no numbers, no decisions, no reasons) must grade 1 or 2 and
 * earn almost nothing outright: naming a technique is not designing with it.
 */
class GamingTest {
  @ParameterizedTest(name = "{0} for {1}")
  @CsvSource({
    "buzzwords-bullets.md, payment-fraud",
    "buzzwords-headed.md, payment-fraud",
    "buzzwords-headed.md, video-recommendation",
    "buzzwords-prose.md, video-recommendation",
    "buzzwords-prose.md, news-feed"
  })
  void aStringOfBuzzwordsGradesOneOrTwo(String file, String prompt) throws IOException {
    String answer;
    try (InputStream in = GamingTest.class.getResourceAsStream("/sanity/" + file)) {
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Evaluation e = SharedEngine.ASSAY.grade(Submission.of(answer).withPrompt(prompt, null, null));
    assertTrue(e.score().grade() <= 2, file + " graded " + e.score().grade() + " (" + e.score().total() + ")");
    List<String> met = e.steps().stream()
        .flatMap(s -> s.criteria().stream())
        .filter(c -> c.status().equals("met"))
        .map(Evaluation.CriterionResult::id)
        .toList();
    assertTrue(met.size() <= 2, file + " earned met on " + met);
    SpanChecks.assertSpans(answer, e);
  }

  @Test
  void aSoundDesignOfAnotherSystemGradesOneWithItsEvidenceIntact() throws IOException {
    String answer;
    try (InputStream in = GamingTest.class.getResourceAsStream("/sanity/recommender-for-fraud.md")) {
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Evaluation asked = SharedEngine.ASSAY.grade(Submission.of(answer).withPrompt("payment-fraud", null, null));
    Evaluation fitting = SharedEngine.ASSAY.grade(Submission.of(answer).withPrompt("event-recommendation", null, null));
    assertEquals(1, asked.score().grade(), "a recommender for a fraud prompt");
    assertTrue(fitting.score().grade() >= 3, "the same answer for a recommendation prompt graded " + fitting.score().grade());
    assertTrue(asked.findings().stream().anyMatch(f -> "WRONG_SYSTEM_FOR_PROMPT".equals(f.ruleId())), "a finding names the mismatch");
    long met = asked.steps().stream().flatMap(s -> s.criteria().stream()).filter(c -> c.status().equals("met")).count();
    assertTrue(met >= 5, "generic criteria keep the credit their evidence earns: " + met);
    SpanChecks.assertSpans(answer, asked);
  }
}
