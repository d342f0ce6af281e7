package dev.assay.engine.concept;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Opens a wide position gap wherever a token starts a new sentence, so that phrase and proximity
 * queries never match across a sentence boundary.
 */
final class SentenceGapFilter extends TokenFilter {
  static final int GAP = 1000;

  private final int[] sentenceStarts;
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private int next;

  /** @param sentenceStarts start offsets of the sentences, ascending */
  SentenceGapFilter(TokenStream in, int[] sentenceStarts) {
    super(in);
    this.sentenceStarts = sentenceStarts;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int start = offset.startOffset();
    boolean crossed = false;
    while (next < sentenceStarts.length && sentenceStarts[next] <= start) {
      next++;
      crossed = true;
    }
    if (crossed && next > 1) {
      increment.setPositionIncrement(increment.getPositionIncrement() + GAP);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }
}
