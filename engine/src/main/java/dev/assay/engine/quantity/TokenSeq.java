package dev.assay.engine.quantity;

import java.util.List;
import java.util.Set;

/**
 * The token list of one text, with bounds-checked look-ups so grammar code can peek freely.
 *
 * <p>Every query with an index outside the list answers false, null or the empty string.
 */
final class TokenSeq {
  private final List<Token> tokens;

  TokenSeq(List<Token> tokens) {
    this.tokens = tokens;
  }

  int size() {
    return tokens.size();
  }

  boolean has(int i) {
    return i >= 0 && i < tokens.size();
  }

  Token get(int i) {
    return has(i) ? tokens.get(i) : null;
  }

  /** The lower-case text of token {@code i}, or "" past either end. */
  String lower(int i) {
    return has(i) ? tokens.get(i).lower() : "";
  }

  /** The text of token {@code i} as written, or "" past either end. */
  String text(int i) {
    return has(i) ? tokens.get(i).text() : "";
  }

  boolean isWord(int i) {
    return has(i) && tokens.get(i).isWord();
  }

  boolean isNumber(int i) {
    return has(i) && tokens.get(i).isNumber();
  }

  boolean isSymbol(int i) {
    return has(i) && tokens.get(i).isSymbol();
  }

  /** Whether token {@code i} is the word {@code lower}, compared in lower case. */
  boolean word(int i, String lower) {
    return isWord(i) && tokens.get(i).lower().equals(lower);
  }

  /** Whether token {@code i} is a word whose lower case is in {@code words}. */
  boolean wordIn(int i, Set<String> words) {
    return isWord(i) && words.contains(tokens.get(i).lower());
  }

  boolean symbol(int i, String symbol) {
    return isSymbol(i) && tokens.get(i).text().equals(symbol);
  }

  /** Whether token {@code i} is a hyphen or dash of any kind. */
  boolean dash(int i) {
    if (!isSymbol(i)) {
      return false;
    }
    String s = tokens.get(i).text();
    return s.equals("-") || s.equals("\u2013") || s.equals("\u2014") || s.equals("\u2212")
        || s.equals("\u2010") || s.equals("\u2011");
  }

  /** Whether token {@code i} follows the previous token with no space between. */
  boolean attached(int i) {
    return has(i) && tokens.get(i).attached();
  }

  /** Whether token {@code i} is a hyphen glued to both neighbours ("30-day", "sub-100"). */
  boolean innerHyphen(int i) {
    return dash(i) && attached(i) && attached(i + 1);
  }

  boolean sameSentence(int i, int j) {
    return has(i) && has(j) && tokens.get(i).sentence() == tokens.get(j).sentence();
  }

  int sentence(int i) {
    return has(i) ? tokens.get(i).sentence() : -1;
  }

  int start(int i) {
    return tokens.get(i).start();
  }

  int end(int i) {
    return tokens.get(i).end();
  }
}
