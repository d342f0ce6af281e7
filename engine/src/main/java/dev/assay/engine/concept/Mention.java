package dev.assay.engine.concept;

import dev.assay.engine.model.Step;
import java.util.Set;

/**
 * One place where a lexicon concept occurs in the answer.
 *
 * @param concept the concept id from the lexicon
 * @param tags the concept's tags (groups rules match on, e.g. {@code ranking-metric})
 * @param start first character of the match in the original answer
 * @param end just past the match
 * @param sentence index of the sentence holding the match
 * @param block index of the block holding the match
 * @param step the framework step the block was assigned to
 * @param polarity asserted, negated, hedged or deferred
 * @param inHeading whether the match stands in a heading (headings alone earn nothing)
 * @param interviewer whether the interviewer said it (only the candidate's words earn credit)
 */
public record Mention(
    String concept,
    Set<String> tags,
    int start,
    int end,
    int sentence,
    int block,
    Step step,
    Polarity polarity,
    boolean inHeading,
    boolean interviewer) {

  /** Whether the mention can earn credit: the candidate said it, in the body, and meant it. */
  public boolean isCredited() {
    return !inHeading && !interviewer && (polarity == Polarity.AFFIRMED || polarity == Polarity.HEDGED);
  }

  /** Whether the candidate said it in the body, whatever its polarity. */
  public boolean isSaid() {
    return !inHeading && !interviewer && polarity != Polarity.DEFERRED;
  }

  public boolean isNegated() {
    return polarity == Polarity.NEGATED;
  }

  public boolean isHedged() {
    return polarity == Polarity.HEDGED;
  }

  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  public boolean is(String conceptId) {
    return concept.equals(conceptId);
  }
}
