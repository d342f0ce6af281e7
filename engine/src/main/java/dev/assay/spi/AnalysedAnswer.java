package dev.assay.spi;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * The answer as the engine analysed it, what a scorer judges.
 *
 * @param text the answer exactly as received; every offset is a UTF-16 index into it
 * @param problemType the problem type graded for, e.g. {@code fraud}
 * @param sentences every sentence (or list item, table row, heading), in order
 * @param mentions every lexicon concept found, in order of position
 * @param analyzer the engine's analysis chain (see {@link PluginContext#analyzer()})
 */
public record AnalysedAnswer(
    String text, String problemType, List<AnswerSentence> sentences, List<ConceptMention> mentions, Analyzer analyzer) {

  /**
   * One sentence.
   *
   * @param start first character
   * @param end just past it
   * @param step the framework step it was assigned to, e.g. {@code serving}
   * @param credited whether the candidate wrote it in the body (not a heading, not the interviewer)
   * @param hasNumber whether it holds a figure
   * @param hasReason whether it gives a reason or purpose ("because", "so that")
   */
  public record AnswerSentence(int start, int end, String step, boolean credited, boolean hasNumber, boolean hasReason) {}

  /**
   * One place a lexicon concept occurs.
   *
   * @param concept the concept id, e.g. {@code metric.pr-auc}
   * @param start first character
   * @param end just past it
   * @param sentence the index of its sentence in {@link #sentences()}
   * @param credited whether it earns credit: asserted or hedged, in the body, by the candidate
   */
  public record ConceptMention(String concept, int start, int end, int sentence, boolean credited) {}
}
