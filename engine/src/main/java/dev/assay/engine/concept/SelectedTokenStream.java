package dev.assay.engine.concept;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replays the tokens of an analysed answer that hold one of some lexicon words, each at the
 * position and offsets it had in the whole answer.
 *
 * <p>An index of these tokens gives a query over those words the postings (positions, offsets) it
 * would read in an index of the whole answer, at a fraction of the cost of indexing every token.
 */
final class SelectedTokenStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final AnswerTokens tokens;
  private final boolean[] selected;
  private final String[] words;
  private int next;
  private int lastPosition;

  /**
   * @param selected per word id, whether its tokens are replayed
   * @param words the text of each word id
   */
  SelectedTokenStream(AnswerTokens tokens, boolean[] selected, String[] words) {
    this.tokens = tokens;
    this.selected = selected;
    this.words = words;
  }

  @Override
  public boolean incrementToken() {
    while (next < tokens.size) {
      int i = next++;
      int w = tokens.word[i];
      if (w >= 0 && selected[w]) {
        clearAttributes();
        term.setEmpty().append(words[w]);
        offset.setOffset(tokens.start[i], tokens.end[i]);
        // An index numbers positions from -1 plus the increments: the first one replayed says where it stood.
        increment.setPositionIncrement(tokens.position[i] - lastPosition);
        lastPosition = tokens.position[i];
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() {
    next = 0;
    lastPosition = -1;
  }
}
