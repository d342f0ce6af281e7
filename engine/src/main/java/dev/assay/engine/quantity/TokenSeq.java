package dev.assay.engine.quantity;

import java.util.List;
import java.util.Set;

/**
 * The token list of one text, with bounds-checked look-ups so grammar code can peek freely.
 *
 * <p>Every query with an index outside the list answers false, null or the empty string.
 */
final class TokenSeq {
  /** The tokens in an array of their own: grammar code peeks at them many times per token. */
  private final Token[] array;

  TokenSeq(List<Token> tokens) {
    this.array = tokens.toArray(new Token[0]);
  }

  int size() {
    return array.length;
  }

  boolean has(int i) {
    return i >= 0 && i < array.length;
  }

  Token get(int i) {
    return has(i) ? array[i] : null;
  }

  /** The lower-case text of token {@code i}, or "" past either end. */
  String lower(int i) {
    return has(i) ? array[i].lower() : "";
  }

  /** The text of token {@code i} as written, or "" past either end. */
  String text(int i) {
    return has(i) ? array[i].text() : "";
  }

  boolean isWord(int i) {
    return has(i) && array[i].isWord();
  }

  boolean isNumber(int i) {
    return has(i) && array[i].isNumber();
  }

  boolean isSymbol(int i) {
    return has(i) && array[i].isSymbol();
  }

  /** Whether token {@code i} is the word {@code lower}, compared in lower case. */
  boolean word(int i, String lower) {
    return isWord(i) && array[i].lower().equals(lower);
  }

  /** Whether token {@code i} is a word whose lower case is in {@code words}. */
  boolean wordIn(int i, Set<String> words) {
    return isWord(i) && words.contains(array[i].lower());
  }

  boolean symbol(int i, String symbol) {
    return isSymbol(i) && array[i].text().equals(symbol);
  }

  /** Whether token {@code i} is a hyphen or dash of any kind. */
  boolean dash(int i) {
    if (!isSymbol(i)) {
      return false;
    }
    String s = array[i].text();
    return s.equals("-") || s.equals("\u2013") || s.equals("\u2014") || s.equals("\u2212")
        || s.equals("\u2010") || s.equals("\u2011");
  }

  /** Whether token {@code i} follows the previous token with no space between. */
  boolean attached(int i) {
    return has(i) && array[i].attached();
  }

  /** Whether token {@code i} is a hyphen glued to both neighbours ("30-day", "sub-100"). */
  boolean innerHyphen(int i) {
    return dash(i) && attached(i) && attached(i + 1);
  }

  boolean sameSentence(int i, int j) {
    return has(i) && has(j) && array[i].sentence() == array[j].sentence();
  }

  int sentence(int i) {
    return has(i) ? array[i].sentence() : -1;
  }

  int start(int i) {
    return array[i].start();
  }

  int end(int i) {
    return array[i].end();
  }
}
