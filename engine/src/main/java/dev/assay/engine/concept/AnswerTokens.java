package dev.assay.engine.concept;

import dev.assay.engine.text.Sentence;
import dev.assay.engine.text.TextModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One answer read once by the {@link AnswerAnalyzer} (its tokenizer, then its filters through the
 * {@link TermCache}): each token's lexicon word, position and offsets, and where each lexicon word
 * and word prefix occurs.
 *
 * <p>Positions are those a {@link org.apache.lucene.index.memory.MemoryIndex} of the same token
 * stream would hold (the first token at 0, each next one its position increment further, the
 * {@link SentenceGapFilter} gap at every sentence start), so a phrase found here is where Lucene's
 * phrase query finds it. A token that is no lexicon word keeps word -1.
 */
final class AnswerTokens {
  /** Number of tokens. */
  final int size;
  /** Per token: the lexicon word id, or -1. */
  final int[] word;
  final int[] position;
  final int[] start;
  final int[] end;
  /** Per word id: where its occurrences begin in {@link #occurrences}; one past the last word gives the end. */
  private final int[] firstOccurrence;
  /** Token indices, grouped by word id, each group in text order. */
  private final int[] occurrences;
  /** Per prefix id: the tokens whose term starts with it, in text order. */
  private final int[][] prefixed;

  private AnswerTokens(int size, int[] word, int[] position, int[] start, int[] end, int words, int[][] prefixed) {
    this.size = size;
    this.word = word;
    this.position = position;
    this.start = start;
    this.end = end;
    this.prefixed = prefixed;
    int[] first = new int[words + 1];
    for (int i = 0; i < size; i++) {
      if (word[i] >= 0) {
        first[word[i] + 1]++;
      }
    }
    for (int w = 0; w < words; w++) {
      first[w + 1] += first[w];
    }
    int[] fill = Arrays.copyOf(first, words);
    int[] occ = new int[first[words]];
    for (int i = 0; i < size; i++) {
      if (word[i] >= 0) {
        occ[fill[word[i]]++] = i;
      }
    }
    this.firstOccurrence = first;
    this.occurrences = occ;
  }

  /** How many times word {@code w} occurs. */
  int count(int w) {
    return firstOccurrence[w + 1] - firstOccurrence[w];
  }

  /** The token index of the {@code k}th occurrence of word {@code w}. */
  int occurrence(int w, int k) {
    return occurrences[firstOccurrence[w] + k];
  }

  /** The tokens whose term starts with prefix {@code p}. */
  int[] prefixed(int p) {
    return prefixed[p];
  }

  /**
   * The token at {@code pos} holding word {@code w}, or -1; {@code near} is a token close by. Within
   * a sentence positions mostly grow by one a token, so the token is usually {@code pos -
   * position[near]} tokens from {@code near}; otherwise a binary search finds it.
   */
  int tokenAt(int pos, int w, int near) {
    long guess = (long) near + pos - position[near];
    int i;
    if (guess >= 0 && guess < size && position[(int) guess] == pos) {
      i = (int) guess;
      while (i > 0 && position[i - 1] == pos) {
        i--;
      }
    } else {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (position[mid] < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      i = lo;
    }
    for (; i < size && position[i] == pos; i++) {
      if (word[i] == w) {
        return i;
      }
    }
    return -1;
  }

  /** Analyses a model's text: its tokens, each analysed through the cache. */
  static AnswerTokens analyse(TermCache cache, TextModel model, int wordCount) {
    List<Sentence> sentences = model.sentences();
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).start();
    }
    int capacity = Math.max(16, model.text().length() / 5);
    int[] word = new int[capacity];
    int[] position = new int[capacity];
    int[] start = new int[capacity];
    int[] end = new int[capacity];
    int prefixCount = cache.prefixCount();
    int[][] prefixed = new int[prefixCount][];
    int[] prefixedCount = new int[prefixCount];
    int n = 0;
    int pos = -1;
    try (TokenStream stream = new SentenceGapFilter(cache.tokens(model.text()), starts)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (n == word.length) {
          int grown = n + (n >> 1) + 1;
          word = Arrays.copyOf(word, grown);
          position = Arrays.copyOf(position, grown);
          start = Arrays.copyOf(start, grown);
          end = Arrays.copyOf(end, grown);
        }
        TermCache.Entry analysed = cache.lookup(term.buffer(), term.length());
        pos += increment.getPositionIncrement();
        word[n] = analysed.word();
        position[n] = pos;
        start[n] = offset.startOffset();
        end[n] = offset.endOffset();
        for (int p : analysed.prefixes()) {
          if (prefixed[p] == null) {
            prefixed[p] = new int[8];
          } else if (prefixedCount[p] == prefixed[p].length) {
            prefixed[p] = Arrays.copyOf(prefixed[p], prefixedCount[p] * 2);
          }
          prefixed[p][prefixedCount[p]++] = n;
        }
        n++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int p = 0; p < prefixCount; p++) {
      prefixed[p] = prefixed[p] == null ? new int[0] : Arrays.copyOf(prefixed[p], prefixedCount[p]);
    }
    return new AnswerTokens(n, word, position, start, end, wordCount, prefixed);
  }
}
