package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd, hostile and random input never crashes the engine and never puts a span out of bounds. */
class RobustnessTest {
  private static final long SEED = Long.getLong("assay.seed", 20261122L);
  private static final String[] PIECES = {
    "## Evaluation\n", "p99 under 100 ms", " accuracy ", "PR-AUC", "\u00e9", "e\u0301", "\u0301\u0301\u0301",
    "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\u4E2D\u6587\u6D4B\u8BD5", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\t", "\r\n", "\n\n",
    "- ", "| a | b |\n", "```\n", "**", "[[", "0.1%", "50M DAU", "1e309", "9".repeat(400), "x".repeat(5000),
    "Interviewer: ", "Candidate: ", "not ", "instead of ", "?", "...", "\uFEFF", "\uFFFD", "\u200B", "A/B test", "\u2028"
  };

  @Test
  void randomInputNeverThrowsAndKeepsSpansInBounds() {
    Random random = new Random(SEED);
    Assay assay = SharedEngine.ASSAY;
    for (int round = 0; round < 150; round++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(60);
      for (int i = 0; i < parts; i++) {
        if (random.nextInt(4) == 0) {
          for (int k = random.nextInt(30); k > 0; k--) {
            b.append((char) random.nextInt(0x3000));
          }
        } else {
          b.append(PIECES[random.nextInt(PIECES.length)]);
        }
      }
      String answer = b.length() > Assay.MAX_ANSWER_CHARS ? b.substring(0, Assay.MAX_ANSWER_CHARS) : b.toString();
      try {
        Evaluation e = assay.grade(Submission.of(answer).withPrompt("payment-fraud", null, null));
        SpanChecks.assertSpans(answer, e);
        assertTrue(e.score().grade() >= 1 && e.score().grade() <= 4);
      } catch (InvalidSubmissionException expected) {
        assertTrue(answer.isBlank() || answer.indexOf('\0') >= 0 || expected.field().equals("answer"),
            "seed " + SEED + " round " + round + ": " + expected.getMessage());
      }
    }
  }

  @Test
  void hugeSingleTokenIsGraded() {
    String answer = "a".repeat(Assay.MAX_ANSWER_CHARS);
    Evaluation e = SharedEngine.ASSAY.grade(Submission.of(answer));
    assertEquals(1, e.score().grade());
  }

  @Test
  void emptyAnswerIsRefusedNamingTheField() {
    InvalidSubmissionException e = assertThrows(InvalidSubmissionException.class, () -> SharedEngine.ASSAY.grade(Submission.of("")));
    assertEquals("answer", e.field());
    assertThrows(InvalidSubmissionException.class, () -> SharedEngine.ASSAY.grade(Submission.of(" \n\t ")));
  }

  @Test
  void overlongAnswerIsRefusedNamingTheLimit() {
    InvalidSubmissionException e =
        assertThrows(InvalidSubmissionException.class, () -> SharedEngine.ASSAY.grade(Submission.of("x".repeat(Assay.MAX_ANSWER_CHARS + 1))));
    assertEquals("answer.maxChars", e.limit());
    assertTrue(e.getMessage().contains("100000"), e.getMessage());
  }

  @Test
  void unknownPromptAndProblemTypeAreRefused() {
    assertEquals("promptId",
        assertThrows(InvalidSubmissionException.class, () -> SharedEngine.ASSAY.grade(Submission.of("text").withPrompt("no-such", null, null))).field());
    assertEquals("problemType",
        assertThrows(InvalidSubmissionException.class, () -> SharedEngine.ASSAY.grade(Submission.of("text").withPrompt(null, null, "astrology"))).field());
  }

  @Test
  void sameInputGivesSameOutputByteForByte() throws Exception {
    String answer = new String(getClass().getResourceAsStream("/calibration/cal-03.md").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    Submission s = Submission.of(answer).withPrompt("video-recommendation", null, null);
    String first = EvaluationJson.write(SharedEngine.ASSAY.grade(s));
    for (int i = 0; i < 3; i++) {
      assertEquals(first, EvaluationJson.write(SharedEngine.ASSAY.grade(s)));
    }
  }
}
