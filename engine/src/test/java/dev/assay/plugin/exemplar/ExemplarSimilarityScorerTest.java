package dev.assay.plugin.exemplar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.concept.AnswerAnalyzer;
import dev.assay.spi.AnalysedAnswer;
import dev.assay.spi.CriterionJudgement;
import dev.assay.spi.InvalidParameterException;
import dev.assay.spi.Parameters;
import dev.assay.spi.PluginContext;
import dev.assay.spi.PluginFinding;
import dev.assay.spi.ScorerPlugin;
import dev.assay.spi.ScorerResult;
import dev.assay.spi.TextRange;
import dev.assay.spi.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The exemplar-similarity scorer through its SPI only, on answers built by hand. */
class ExemplarSimilarityScorerTest {
  private static final Analyzer ANALYZER = new AnswerAnalyzer();
  private static final PluginContext NO_FILES = new PluginContext() {
    @Override
    public Analyzer analyzer() {
      return ANALYZER;
    }

    @Override
    public String readFile(String relativePath) throws IOException {
      throw new IOException("no files here");
    }
  };

  private static final String MODEL =
      "# Evaluation\n"
          + "Report PR-AUC and recall at a fixed false-positive rate, since fraud is rare.\n"
          + "Split the transactions by time so validation weeks come after training weeks.\n"
          + "Run an A/B test that reads fraud losses and the false decline rate.";

  /** An answer whose sentences are its lines, every one credited. */
  static AnalysedAnswer answer(String text) {
    List<AnalysedAnswer.AnswerSentence> sentences = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        sentences.add(new AnalysedAnswer.AnswerSentence(start, start + line.length(), "evaluation", true, false, false));
      }
      start += line.length() + 1;
    }
    return new AnalysedAnswer(text, "fraud", sentences, List.of(), ANALYZER);
  }

  static ScorerPlugin.Prepared prepare(Map<String, Object> params) throws InvalidParameterException {
    return new ExemplarSimilarityScorer().prepare("custom.covers", new Parameters(params), NO_FILES);
  }

  @Test
  void isFoundByTheServiceLoader() {
    assertTrue(ServiceLoader.load(ScorerPlugin.class).stream().anyMatch(p -> p.type() == ExemplarSimilarityScorer.class));
    assertEquals("EXEMPLAR_SIMILARITY", ScorerPlugin.ruleId(new ExemplarSimilarityScorer().name()));
  }

  @Test
  void headingsAreNotPoints() {
    ModelAnswer m = ModelAnswer.parse(MODEL, ModelAnswer.Unit.SENTENCES, ANALYZER);
    assertEquals(3, m.points().size(), m.toString());
    assertTrue(m.points().get(0).text().startsWith("Report PR-AUC"));
    assertEquals(1, ModelAnswer.parse("# Plan\n\nOne point about drift monitoring. Another about retraining gates.", ModelAnswer.Unit.PARAGRAPHS, ANALYZER)
        .points().size());
  }

  @Test
  void judgesByTheShareOfPointsCoveredAndQuotesTheMissedOnes() throws InvalidParameterException {
    String text = "We track PR-AUC and recall at a fixed false positive rate because fraud is rare.\n"
        + "Then an A/B test compares fraud losses and the false decline rate.\n"
        + "Serving runs on Kubernetes.";
    ScorerResult r = prepare(Map.of("exemplars", List.of(MODEL))).score(answer(text));
    CriterionJudgement j = r.judgements().get(0);
    assertEquals("custom.covers", j.criterion());
    assertEquals(Verdict.MET, j.verdict(), "2 of 3 points is over the default 0.6");
    assertEquals(2, j.evidence().size());
    TextRange first = j.evidence().get(0);
    assertEquals("PR-AUC and recall at a fixed false positive rate because fraud is rare", text.substring(first.start(), first.end()));
    PluginFinding f = r.findings().get(0);
    assertEquals(PluginFinding.Severity.INFO, f.severity());
    assertEquals("Covers 2 of 3 points of the model answer. Not covered: \u201cSplit the transactions by time so validation weeks come after training weeks.\u201d.",
        f.message());

    ScorerResult strict = prepare(Map.of("exemplars", List.of(MODEL), "met", 0.9)).score(answer(text));
    assertEquals(Verdict.PARTIAL, strict.judgements().get(0).verdict());
    assertEquals(PluginFinding.Severity.WARNING, strict.findings().get(0).severity());

    ScorerResult none = prepare(Map.of("exemplars", List.of(MODEL))).score(answer("Serving runs on Kubernetes with three replicas."));
    assertEquals(Verdict.MISSING, none.judgements().get(0).verdict());
    assertEquals(List.of(), none.judgements().get(0).evidence());
  }

  @Test
  void theClosestOfSeveralModelAnswersCounts() throws InvalidParameterException {
    String other = "Rank candidates with a two tower retriever and a GBDT ranker.\nMeasure NDCG at ten and recall at one hundred offline.";
    String text = "Offline we measure NDCG at ten and recall at one hundred.\nA two tower retriever feeds a GBDT ranker.";
    ScorerResult r = prepare(Map.of("exemplars", List.of(MODEL, other))).score(answer(text));
    assertEquals(Verdict.MET, r.judgements().get(0).verdict());
    assertEquals("Covers all 2 points of the model answer (model answer 2 of 2, the closest).", r.findings().get(0).message());
    assertEquals(PluginFinding.Severity.PRAISE, r.findings().get(0).severity());
  }

  @Test
  void refusesParametersItCannotUseNamingThem() {
    assertEquals("exemplars", assertThrows(InvalidParameterException.class, () -> prepare(Map.of())).parameter());
    assertEquals("met", assertThrows(InvalidParameterException.class, () -> prepare(Map.of("exemplars", List.of(MODEL), "met", 1.5))).parameter());
    assertEquals("partial", assertThrows(InvalidParameterException.class,
        () -> prepare(Map.of("exemplars", List.of(MODEL), "met", 0.5, "partial", 0.7))).parameter());
    assertEquals("parts", assertThrows(InvalidParameterException.class, () -> prepare(Map.of("exemplars", List.of(MODEL), "parts", "words"))).parameter());
    InvalidParameterException empty = assertThrows(InvalidParameterException.class, () -> prepare(Map.of("exemplars", List.of(MODEL, "# Only a heading"))));
    assertEquals("exemplars", empty.parameter());
    assertEquals(1, empty.index());
    InvalidParameterException file = assertThrows(InvalidParameterException.class, () -> prepare(Map.of("exemplarFiles", List.of("model.md"))));
    assertEquals("exemplarFiles", file.parameter());
    assertEquals(0, file.index());
    assertEquals("no files here", file.getMessage());
  }
}
