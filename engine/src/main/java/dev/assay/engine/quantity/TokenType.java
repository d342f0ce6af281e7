package dev.assay.engine.quantity;

/** The lexical class of a {@link Token}. */
enum TokenType {
  /** A numeral in digits, with optional separators, decimals, exponent or power. */
  NUMBER,
  /** A run of letters, possibly followed by digits ("p99", "ms", "users"). */
  WORD,
  /** Any other single character, or a two-character comparison such as "<=". */
  SYMBOL
}
