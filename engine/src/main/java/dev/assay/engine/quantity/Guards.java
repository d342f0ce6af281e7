package dev.assay.engine.quantity;

import java.util.Set;

/**
 * The rules that set aside numbers that are no quantity whatever follows them: years, list and
 * section labels, "top-5", "k=10", "@10", model names ("GPT-4"), times of day, money and "24/7".
 */
final class Guards {

  private static final Set<String> LABELS =
      Words.of(
          "step", "stage", "phase", "figure", "fig", "table", "section", "chapter", "part",
          "version", "v", "rank", "tier", "level", "layer", "option", "round", "question", "q",
          "number", "grade", "class", "type", "gen", "generation", "iteration", "epoch",
          "article", "rule", "appendix");

  private static final Set<String> YEAR_LEADS =
      Words.of(
          "in", "since", "by", "from", "until", "till", "during", "before", "after", "of", "year",
          "fy", "circa", "early", "late", "mid", "january", "february", "march", "april", "may",
          "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
          "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "summer",
          "winter", "spring", "autumn", "fall");

  private static final Set<String> FORBIDDEN_BEFORE =
      Words.of("@", "#", "$", "\u20AC", "\u00A3", "\u00A5", "\u20B9", "\u00A7");

  private Guards() {}

  /** Whether the number is ruled out as a quantity by what stands around it. */
  static boolean excluded(TokenSeq t, NumberPhrase a) {
    int i = a.first();
    int prev = i - 1;
    if (t.word(prev, "top") || (t.dash(prev) && t.word(prev - 1, "top"))) {
      return true;
    }
    if (a.spelled()) {
      return false;
    }
    if (t.isSymbol(prev) && FORBIDDEN_BEFORE.contains(t.text(prev))) {
      return true;
    }
    if (t.symbol(prev, "=") && t.isWord(prev - 1) && isVariable(t.text(prev - 1))) {
      return true;
    }
    if (t.symbol(prev, "/") && t.attached(i)) {
      return true;
    }
    if (clock(t, prev) || (t.symbol(i + 1, ":") && t.attached(i + 1) && t.isNumber(i + 2)
        && t.attached(i + 2))) {
      return true;
    }
    if (t.dash(prev)
        && t.attached(i)
        && t.attached(prev)
        && t.isWord(prev - 1)
        && !t.word(prev - 1, "sub")
        && Units.time(t, prev - 1) == null) {
      return true;
    }
    if (t.isWord(prev) && LABELS.contains(t.lower(prev)) && a.magnitude() == 1) {
      return true;
    }
    return yearLike(t, a) && t.wordIn(prev, YEAR_LEADS);
  }

  private static boolean clock(TokenSeq t, int prev) {
    return t.symbol(prev, ":") && t.attached(prev + 1) && t.attached(prev) && t.isNumber(prev - 1);
  }

  private static boolean isVariable(String word) {
    return word.length() == 1 || word.indexOf('_') >= 0;
  }

  /** Whether the number reads like a year: a plain four-digit integer from 1900 to 2099. */
  static boolean yearLike(TokenSeq t, NumberPhrase a) {
    if (a.spelled() || a.magnitude() != 1 || a.next() != a.first() + 1) {
      return false;
    }
    Token token = t.get(a.first());
    return token.isPlainInteger()
        && token.text().length() == 4
        && a.value() >= 1900
        && a.value() <= 2099;
  }
}
