package dev.assay.engine.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The stems the lexicon's queries and the answers share, where Porter alone would go wrong. */
class AnswerAnalyzerTest {
  private static final Analyzer ANALYZER = new AnswerAnalyzer();

  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(AnswerAnalyzer.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  private static String stem(String word) throws IOException {
    List<String> t = terms(word);
    assertEquals(1, t.size(), "one token for " + word);
    return t.get(0);
  }

  @Test
  void objectiveKeepsItsPluralButLeavesObjectDetectionAlone() throws IOException {
    assertEquals(List.of("objective", "objective", "object", "object"), terms("Objective objectives object objects"));
  }

  @Test
  void positionKeepsItsPluralButNoLongerMeetsPositive() throws IOException {
    assertEquals(stem("position"), stem("positions"));
    assertEquals(stem("positive"), stem("positives"));
    assertNotEquals(stem("position"), stem("positive"));
  }

  @Test
  void everydayWordsStopMatchingMetricNames() throws IOException {
    assertNotEquals(stem("probability"), stem("probably"));
    assertEquals(stem("probability"), stem("probabilities"));
    assertNotEquals(stem("precision"), stem("precise"));
    assertNotEquals(stem("precision"), stem("precisely"));
  }

  @Test
  void spellingAndHyphenVariantsMeet() throws IOException {
    assertEquals(terms("pr auc"), terms("PR-AUC"));
    assertEquals(terms("a b test"), terms("A/B test"));
    assertEquals(terms("down sample"), terms("down-sampling"));
    assertEquals(List.of("p99.9"), terms("P99.9"));
  }
}
