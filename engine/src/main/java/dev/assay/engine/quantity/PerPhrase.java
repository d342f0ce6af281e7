package dev.assay.engine.quantity;

import java.util.Set;

/**
 * What a count is per: a period ("a day", "/s", "daily") or a noun ("per user", "per GPU").
 *
 * @param period the period, or null when the phrase names a noun
 * @param noun the singular noun, or null when the phrase names a period
 * @param last the last token of the phrase
 */
record PerPhrase(String period, String noun, int last) {

  private static final Set<String> PERIOD_LEADS = Words.of("per", "a", "an", "each", "every");
  private static final Set<String> NOT_NOUNS =
      Words.of("the", "a", "an", "cent", "each", "every", "second");

  /** Reads a per phrase starting at token {@code k}, or returns null. */
  static PerPhrase read(TokenSeq t, int k) {
    if (!t.has(k) || !t.sameSentence(k - 1, k)) {
      return null;
    }
    String adverb = Units.adverbPeriod(t, k);
    if (adverb != null) {
      return new PerPhrase(adverb, null, k);
    }
    if (t.symbol(k, "/")) {
      String period = Units.period(t, k + 1);
      if (period != null) {
        return new PerPhrase(period, null, k + 1);
      }
      return t.attached(k + 1) ? noun(t, k + 1) : null;
    }
    if (!t.wordIn(k, PERIOD_LEADS)) {
      return null;
    }
    String period = Units.period(t, k + 1);
    if (period != null && t.text(k + 1).length() > 1) {
      return new PerPhrase(period, null, k + 1);
    }
    return t.word(k, "per") ? noun(t, k + 1) : null;
  }

  private static PerPhrase noun(TokenSeq t, int k) {
    if (!t.isWord(k) || NOT_NOUNS.contains(t.lower(k))) {
      return null;
    }
    String compute = Measures.compute(t, k);
    if (compute != null) {
      String next = Measures.compute(t, k + 1);
      return next != null ? new PerPhrase(null, next, k + 1) : new PerPhrase(null, compute, k);
    }
    return new PerPhrase(null, singular(t.lower(k)), k);
  }

  private static String singular(String w) {
    if (w.length() > 3 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
