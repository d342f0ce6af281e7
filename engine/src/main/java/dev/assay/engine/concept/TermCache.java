package dev.assay.engine.concept;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What the {@link AnswerAnalyzer}'s filters make of a token, by the token as the tokenizer wrote
 * it: its lexicon word and the lexicon prefixes it starts with.
 *
 * <p>The filters (possessive, lower case, folding, stem overrides, protected words, Porter) read
 * one token's characters and nothing else, so a token the cache has seen need not go through them
 * again: answers repeat their words, and the calibration answers share most of theirs. A miss runs
 * the same filters over the token alone ({@link KeywordTokenizer} feeds it whole).
 *
 * <p>The cache is direct-mapped, a fixed array of immutable entries: a token's hash picks its slot
 * and a newer token takes the slot over. Threads share it without locking; an entry is published
 * through its final fields, and a race only costs a recomputation. Its size is fixed, so it never
 * grows with the texts it sees.
 */
final class TermCache {
  private static final int SLOTS = 1 << 15;
  private static final int[] NONE = new int[0];

  /**
   * A token's characters as the tokenizer wrote them, and what they analyse to.
   *
   * @param word the lexicon word number, or -1
   * @param prefixes the numbers of the lexicon prefixes the analysed text starts with
   */
  record Entry(int hash, char[] raw, int word, int[] prefixes) {}

  private final Entry[] slots = new Entry[SLOTS];
  private final CharArrayMap<Integer> words;
  private final char[][] prefixes;
  /** The tokenizer of the answer analyser, alone. */
  private final Analyzer tokenizer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer source = new StandardTokenizer();
          source.setMaxTokenLength(AnswerAnalyzer.MAX_TOKEN_LENGTH);
          return new TokenStreamComponents(source);
        }
      };
  /** The filters of the answer analyser, over one whole token. */
  private final Analyzer filters =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          KeywordTokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, AnswerAnalyzer.filters(source));
        }
      };

  /**
   * @param words the lexicon's words by their analysed text, numbered; not changed afterwards
   * @param prefixes the lexicon's prefixes (of analysed text), numbered
   */
  TermCache(CharArrayMap<Integer> words, char[][] prefixes) {
    this.words = words;
    this.prefixes = prefixes;
  }

  /** A stream of the answer's tokens as the tokenizer writes them, before any filter. */
  TokenStream tokens(String text) {
    return tokenizer.tokenStream(AnswerAnalyzer.FIELD, text);
  }

  int prefixCount() {
    return prefixes.length;
  }

  /** What the first {@code length} characters of {@code raw}, one token, analyse to. */
  Entry lookup(char[] raw, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + raw[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    Entry e = slots[slot];
    if (e != null && e.hash() == hash && Arrays.equals(e.raw(), 0, e.raw().length, raw, 0, length)) {
      return e;
    }
    e = analyse(hash, Arrays.copyOf(raw, length));
    slots[slot] = e;
    return e;
  }

  private Entry analyse(int hash, char[] raw) {
    try (TokenStream stream = filters.tokenStream(AnswerAnalyzer.FIELD, new String(raw))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      if (!stream.incrementToken()) {
        throw new IllegalStateException("the filters dropped a token");
      }
      Integer word = words.get(term.buffer(), 0, term.length());
      int[] matched = NONE;
      for (int p = 0; p < prefixes.length; p++) {
        if (startsWith(term.buffer(), term.length(), prefixes[p])) {
          matched = Arrays.copyOf(matched, matched.length + 1);
          matched[matched.length - 1] = p;
        }
      }
      if (stream.incrementToken()) {
        throw new IllegalStateException("the filters split a token");
      }
      stream.end();
      return new Entry(hash, raw, word == null ? -1 : word, matched);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean startsWith(char[] buffer, int length, char[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
