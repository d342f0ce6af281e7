package dev.assay.engine.quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The tokenizer: splits text into numbers, words and symbols in a single left-to-right pass.
 *
 * <p>Every loop advances by at least one character, so the pass is linear in the length of the
 * text whatever it contains. Sentence indices advance at a full stop, question or exclamation
 * mark followed by a space, and at a line break unless the next line carries on in lower case.
 */
final class Lexer {

  /** Numerals longer than this are never read as quantities (and never parsed). */
  private static final int MAX_NUMERAL_LENGTH = 40;

  /** How many recent texts keep their tokens (see {@link #tokens}). */
  static final int SLOTS = 4;

  /** The texts tokenized last and their tokens, newest first, shared by every thread. */
  private static volatile Lexed[] recent = new Lexed[0];

  private record Lexed(String text, List<Token> tokens) {}

  /** One-character ASCII symbols, so that a symbol token does not make a string of its own. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf(c).intern();
    }
  }

  private Lexer() {}

  /**
   * The tokens of {@code text}, read again only when it is none of the very strings tokenized
   * last: grading reads the answer's quantities, then the prompt's, then the answer's written-out
   * products, from the same string. A few slots for all threads (the newest {@link #SLOTS} texts)
   * keep little alive; a thread whose text has been pushed out just tokenizes again.
   */
  static List<Token> tokens(String text) {
    Lexed[] r = recent;
    for (Lexed l : r) {
      if (l.text() == text) {
        return l.tokens();
      }
    }
    List<Token> tokens = Collections.unmodifiableList(tokenize(text));
    Lexed[] next = new Lexed[Math.min(SLOTS, r.length + 1)];
    next[0] = new Lexed(text, tokens);
    System.arraycopy(r, 0, next, 1, next.length - 1);
    recent = next;
    return tokens;
  }

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int sentence = 0;
    int prevEnd = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (lineBreakEndsSentence(text, i + 1)) {
          sentence++;
        }
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      boolean attached = prevEnd == i;
      Token token;
      if (isDigit(c) || (c == '.' && digitAt(text, i + 1) && !letterOrDigitBefore(text, i))) {
        token = number(text, i, sentence, attached);
      } else {
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp)) {
          token = word(text, i, sentence, attached);
        } else {
          token = symbol(text, i, sentence, attached);
        }
      }
      out.add(token);
      prevEnd = token.end();
      i = token.end();
      if (token.isSymbol() && endsSentence(token.text()) && (i >= n || isBlank(text.charAt(i)))) {
        sentence++;
      }
    }
    return out;
  }

  private static boolean endsSentence(String symbol) {
    return symbol.equals(".") || symbol.equals("!") || symbol.equals("?");
  }

  private static boolean lineBreakEndsSentence(String text, int from) {
    int j = from;
    int n = text.length();
    while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    if (j >= n || text.charAt(j) == '\n') {
      return true;
    }
    return !Character.isLowerCase(text.codePointAt(j));
  }

  private static Token number(String text, int s, int sentence, boolean attached) {
    int n = text.length();
    int j = s;
    while (digitAt(text, j)) {
      j++;
    }
    while (j < n
        && text.charAt(j) == ','
        && digitAt(text, j + 1)
        && digitAt(text, j + 2)
        && digitAt(text, j + 3)
        && !digitAt(text, j + 4)) {
      j += 4;
    }
    boolean version = false;
    if (j < n && text.charAt(j) == '.' && digitAt(text, j + 1)) {
      j++;
      while (digitAt(text, j)) {
        j++;
      }
      if (j < n && text.charAt(j) == '.' && digitAt(text, j + 1)) {
        version = true;
        while (digitAt(text, j) || (j < n && text.charAt(j) == '.' && digitAt(text, j + 1))) {
          j++;
        }
      }
    }
    if (!version && j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
        k++;
      }
      if (digitAt(text, k)) {
        int m = k;
        while (digitAt(text, m)) {
          m++;
        }
        if (m >= n || !Character.isLetter(text.codePointAt(m))) {
          j = m;
        }
      }
    }
    double value = Double.NaN;
    boolean usable = !version && j - s <= MAX_NUMERAL_LENGTH;
    if (usable) {
      value = parse(text.substring(s, j));
      usable = Double.isFinite(value);
    }
    if (usable && j < n && text.charAt(j) == '^') {
      int k = j + 1;
      boolean negative = k < n && text.charAt(k) == '-';
      if (negative) {
        k++;
      }
      int m = k;
      while (digitAt(text, m) && m - k < 3) {
        m++;
      }
      if (m > k && !digitAt(text, m)) {
        int exponent = Integer.parseInt(text.substring(k, m));
        value = Math.pow(value, negative ? -exponent : exponent);
        usable = Double.isFinite(value);
        j = m;
      }
    }
    String raw = text.substring(s, j);
    return new Token(TokenType.NUMBER, s, j, raw, raw, sentence, attached, value, usable);
  }

  private static double parse(String raw) {
    StringBuilder digits = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != ',') {
        digits.append(c);
      }
    }
    try {
      return Double.parseDouble(digits.toString());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static Token word(String text, int s, int sentence, boolean attached) {
    int n = text.length();
    char first = text.charAt(s);
    // Whether the word is all ASCII, and whether it has an upper-case letter: an ASCII word in
    // lower case already is its own lower case, and another ASCII word lower-cases letter by letter.
    boolean ascii = first < 0x80;
    boolean upper = first >= 'A' && first <= 'Z';
    int j = s + Character.charCount(text.codePointAt(s));
    while (j < n) {
      char c = text.charAt(j);
      if (c < 0x80) {
        // ASCII: a letter or digit carries the word on; anything else but a decimal point ends it.
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          j++;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          upper = true;
          j++;
          continue;
        }
        if (c != '.') {
          break;
        }
      }
      int cp = text.codePointAt(j);
      if (Character.isLetter(cp) || isMark(cp) || isDigit(cp)) {
        ascii &= cp < 0x80;
        j += Character.charCount(cp);
      } else if (cp == '.' && isDigit(text.charAt(j - 1)) && digitAt(text, j + 1)) {
        j++;
      } else {
        break;
      }
    }
    String raw = text.substring(s, j);
    String lower;
    if (!ascii) {
      lower = raw.toLowerCase(Locale.ROOT);
    } else if (!upper) {
      lower = raw;
    } else {
      char[] chars = new char[j - s];
      for (int k = 0; k < chars.length; k++) {
        char c = raw.charAt(k);
        chars[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
      lower = new String(chars);
    }
    return new Token(TokenType.WORD, s, j, raw, lower, sentence, attached, Double.NaN, false);
  }

  private static Token symbol(String text, int s, int sentence, boolean attached) {
    int n = text.length();
    char c = text.charAt(s);
    int j = s + Character.charCount(text.codePointAt(s));
    if ((c == '<' || c == '>' || c == '~') && j < n && text.charAt(j) == '=') {
      j++;
    }
    String raw = j == s + 1 && c < 0x80 ? ASCII[c] : text.substring(s, j);
    return new Token(TokenType.SYMBOL, s, j, raw, raw, sentence, attached, Double.NaN, false);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean digitAt(String text, int i) {
    return i >= 0 && i < text.length() && isDigit(text.charAt(i));
  }

  private static boolean letterOrDigitBefore(String text, int i) {
    return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
  }
}
