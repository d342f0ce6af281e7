package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers that are strings of buzzwords (no numbers, no decisions, no reasons) must grade 1 or 2 and
 * earn almost nothing outright: naming a technique is not designing with it.
 */
class KeywordStuffingTest {
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
    try (InputStream in = KeywordStuffingTest.class.getResourceAsStream("/sanity/" + file)) {
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
}
