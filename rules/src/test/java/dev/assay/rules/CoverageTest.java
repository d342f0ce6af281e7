package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import dev.assay.engine.prompt.Prompt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every catalogue prompt, free-text prompts, answers with and without headings, and real answers. */
class CoverageTest {
  /** Real public answers are read in place from the workspace's shared folder, never copied. */
  static Path corpus() {
    Path p = Path.of(System.getProperty("assay.corpus", "../../shared/corpus-real"));
    assertTrue(Files.isDirectory(p), "the real-answer corpus is expected at " + p.toAbsolutePath() + " (set -Dassay.corpus)");
    return p;
  }

  private static String resource(String name) throws IOException {
    return new String(CoverageTest.class.getResourceAsStream(name).readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void gradesAnAnswerForEveryCataloguePrompt() throws IOException {
    String answer = resource("/calibration/cal-13.md");
    List<Prompt> prompts = SharedEngine.ASSAY.prompts().all();
    assertEquals(14, prompts.size());
    for (Prompt p : prompts) {
      Evaluation e = SharedEngine.ASSAY.grade(Submission.of(answer).withPrompt(p.id(), null, null));
      assertEquals(p.problemType().id(), e.prompt().problemType());
      assertEquals("catalog", e.prompt().problemTypeSource());
      assertEquals(7, e.steps().size());
      SpanChecks.assertSpans(answer, e);
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Design a system to detect fake accounts on a dating app.|fraud",
        "Design a product recommendation module for an online store's home page.|recommendation",
        "How would you predict the delivery time of a food order?|regression",
        "Build a classifier that flags spam emails in a corporate mailbox.|nlp-classification",
        "Design autocomplete and search ranking for an e-commerce site.|search",
        "Design a model to predict whether a user clicks on a sponsored post.|ads-ctr",
        "Design a system that detects defects on a factory production line from camera images.|object-detection",
        "Design a system that removes hate speech and graphic violence from a video platform.|harmful-content",
        "Design a system that sorts uploaded photos into 300 categories.|image-classification",
        "Design a system that flags toxic comments; only about 3% of comments are toxic.|nlp-classification"
      })
  void infersProblemTypeFromFreeTextPrompt(String prompt, String type) {
    Evaluation e = SharedEngine.ASSAY.grade(Submission.of("We would log impressions and train a model.").withPrompt(null, prompt, null));
    assertEquals(type, e.prompt().problemType());
    assertEquals("inferred", e.prompt().problemTypeSource());
    assertTrue(e.prompt().confidence() > 0.3, "confidence " + e.prompt().confidence());
  }

  @Test
  void detectsRarePositiveClassStatedInPrompt() {
    Evaluation rare = SharedEngine.ASSAY.grade(
        Submission.of("We train a classifier.").withPrompt(null, "Flag toxic comments; about 3% of comments are toxic.", null));
    assertTrue(rare.prompt().rarePositiveClass());
    Evaluation plain = SharedEngine.ASSAY.grade(
        Submission.of("We train a classifier.").withPrompt(null, "Flag toxic comments in a forum.", null));
    assertFalse(plain.prompt().rarePositiveClass());
  }

  @Test
  void segmentsAnAnswerWithoutHeadingsByContent() throws IOException {
    String answer = resource("/calibration/cal-06.md");
    Evaluation e = SharedEngine.ASSAY.grade(Submission.of(answer).withPrompt("ad-click-prediction", null, null));
    long stepsWithSegments = e.steps().stream().filter(s -> !s.segments().isEmpty()).count();
    assertTrue(stepsWithSegments >= 2, "segments in " + stepsWithSegments + " steps");
  }

  @Test
  void gradesEveryRealAnswerWithSensibleSegments() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus())) {
      files = s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("NOTICE.md")).sorted().toList();
    }
    assertTrue(files.size() >= 10, "corpus files: " + files.size());
    for (Path f : files) {
      String answer = Files.readString(f, StandardCharsets.UTF_8);
      Evaluation e = SharedEngine.ASSAY.grade(Submission.of(answer).withPrompt(null, firstLine(answer), null));
      SpanChecks.assertSpans(answer, e);
      Set<String> steps = new HashSet<>();
      e.steps().forEach(s -> { if (!s.segments().isEmpty()) steps.add(s.step()); });
      if (answer.length() > 4000) {
        assertTrue(steps.size() >= 3, f.getFileName() + " segmented into " + steps);
      }
    }
  }

  private static Evaluation gradeReal(String file) throws IOException {
    String answer = Files.readString(corpus().resolve(file), StandardCharsets.UTF_8);
    return SharedEngine.ASSAY.grade(Submission.of(answer).withPrompt(null, firstHeading(answer), null));
  }

  @Test
  void aNinetyWordRealAnswerGradesOne() throws IOException {
    assertEquals(1, gradeReal("iphyer-uber-trip-classifier.md").score().grade());
  }

  @Test
  void topicNotesThatAreNotAnAnswerGradeOne() throws IOException {
    assertEquals(1, gradeReal("alirezadir-object-detection.md").score().grade());
  }

  @Test
  void emptyHeadingsInRealAnswersEarnNothing() throws IOException {
    int empty = 0;
    try (Stream<Path> s = Files.list(corpus())) {
      for (Path f : s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("NOTICE.md")).sorted().toList()) {
        Evaluation e = gradeReal(f.getFileName().toString());
        for (Evaluation.Finding finding : e.findings()) {
          if (!finding.ruleId().equals("EMPTY_SECTION")) {
            continue;
          }
          for (dev.assay.engine.model.Span heading : finding.spans()) {
            empty++;
            for (Evaluation.StepResult step : e.steps()) {
              for (Evaluation.CriterionResult c : step.criteria()) {
                for (dev.assay.engine.model.Span ev : c.evidence()) {
                  assertFalse(ev.overlaps(heading), f.getFileName() + ": " + c.id() + " earned credit from the empty heading " + heading.text());
                }
              }
            }
          }
        }
      }
    }
    assertTrue(empty >= 3, "empty headings found in the real answers: " + empty);
  }

  private static String firstHeading(String text) {
    for (String line : text.split("\n")) {
      if (line.startsWith("#")) {
        return line.replaceAll("[#*]", "").strip();
      }
    }
    return firstLine(text);
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.replaceAll("[#*]", "").strip();
      }
    }
    return "";
  }
}
