package dev.assay.engine.quantity;

/**
 * One token of the input with its offsets, its sentence and, for numerals, its value.
 *
 * @param type number, word or symbol
 * @param start first UTF-16 offset
 * @param end offset just past the token
 * @param text the token as written
 * @param lower the token in lower case ({@link java.util.Locale#ROOT})
 * @param sentence the index of the sentence (or line) the token stands in
 * @param attached whether the token directly follows the previous one, with no space between
 * @param value the numeral's value; NaN for words and symbols
 * @param usable for numerals, whether the value is a quantity candidate at all (false for version
 *     strings, overlong digit runs and overflow)
 */
record Token(
    TokenType type,
    int start,
    int end,
    String text,
    String lower,
    int sentence,
    boolean attached,
    double value,
    boolean usable) {

  boolean isNumber() {
    return type == TokenType.NUMBER && usable;
  }

  boolean isWord() {
    return type == TokenType.WORD;
  }

  boolean isSymbol() {
    return type == TokenType.SYMBOL;
  }

  /** Whether the numeral is a plain integer written without separators, decimals or exponent. */
  boolean isPlainInteger() {
    if (type != TokenType.NUMBER) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
