package dev.assay.engine.bench;

import dev.assay.engine.concept.AnswerAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The cheapest thing a grader must do: read every word of the answer once with the engine's own
 * analysis chain (tokens, lower case, folding, stems) and nothing else.
 *
 * <p>Grading is reported as a multiple of this floor. Thread-safe: the analyzer reuses one token
 * stream per thread.
 */
public final class AnalysisFloor {
  private final Analyzer analyzer = new AnswerAnalyzer();

  /**
   * Analyses a text and returns a checksum of its tokens (their count plus their lengths and
   * offsets), so the work cannot be skipped.
   */
  public long analyse(String text) {
    long sum = 0;
    try (TokenStream ts = analyzer.tokenStream(AnswerAnalyzer.FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        sum += 1 + term.length() + offset.endOffset();
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }
}
