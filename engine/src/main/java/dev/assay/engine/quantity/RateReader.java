package dev.assay.engine.quantity;

import java.util.Set;

/**
 * The reader of rates: percentages and basis points ("0.1% fraud", "CTR around 2%") and "1 in
 * 1,000", with the class the rate is of found on either side of the number.
 */
final class RateReader {

  /** A measure word found next to a rate, whether it names a class, and its far token. */
  private record Found(String measure, boolean named, int index) {}

  private static final Set<String> DETERMINERS =
      Words.of("the", "all", "our", "their", "its", "a", "an", "each", "every", "total", "those",
          "these", "them", "any");

  private static final Set<String> COPULAS =
      Words.of("are", "is", "were", "was", "being", "be", "get", "gets", "got", "become", "becomes",
          "turn", "turns", "turned", "end", "ends", "up", "out", "to", "labelled", "labeled",
          "flagged", "marked", "as", "actually", "confirmed", "later", "eventually", "truly");

  private static final Set<String> STOP =
      Words.of(
          "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "with", "is",
          "are", "was", "were", "be", "that", "which", "this", "it", "we", "i", "they", "more",
          "less", "than", "from", "per", "so", "but", "as", "if", "then", "each", "every", "all",
          "our", "their", "its", "over", "under", "above", "below", "up", "down", "off", "out",
          "while", "when", "where", "after", "before", "during", "within", "into", "about",
          "around", "only", "just", "also", "still", "even", "higher", "lower", "better", "worse",
          "rel", "relative", "absolute", "abs", "increase", "decrease", "drop", "lift",
          "improvement", "reduction", "gain", "or", "vs", "versus", "would", "will", "can",
          "could", "should", "must", "may", "might", "do", "does", "not", "no", "yes", "here",
          "there", "now", "too", "very", "most", "least", "some", "any", "those", "these", "you",
          "he", "she", "us", "me", "my", "your", "his", "her", "them", "who", "what", "how",
          "why", "because", "since", "until", "though", "although", "whereas", "via", "like",
          "smaller", "faster", "larger", "bigger", "cheaper", "slower", "fewer", "greater",
          "longer", "shorter", "quicker", "rate", "rates", "everything", "anything", "nothing",
          "max", "min", "maximum", "minimum", "false", "true", "chance", "off", "next", "first",
          "last", "then", "later", "again", "today", "overall", "total", "instead", "etc",
          "respectively", "either", "both", "yet", "ago", "away", "back", "alone", "anyway");

  private static final Set<String> GLUE =
      Words.of(
          "is", "are", "was", "were", "be", "will", "would", "of", "at", "around", "about",
          "roughly", "approximately", "approx", "typically", "usually", "only", "just",
          "currently", "overall", "base", "runs", "run", "sits", "sit", "goes", "go", "drops",
          "drop", "falls", "fall", "rises", "rise", "increases", "increase", "decreases",
          "decrease", "improves", "improve", "by", "than", "more", "less", "under", "over",
          "below", "above", "most", "least", "up", "to", "near", "close", "hovers", "stays",
          "stay", "remains", "remain", "somewhere", "between", "estimated", "expected", "target",
          "maybe", "probably", "like", "say", "ca", "only", "already", "still", "baseline");

  private static final Set<String> GLUE_SYMBOLS =
      Words.of(":", "=", "~", "\u2248", "<", ">", "<=", ">=", "\u2264", "\u2265");

  private static final int REACH = 6;

  private RateReader() {}

  /** Reads a percentage unit at token {@code k} after the number, or returns null. */
  static Draft percent(
      TokenSeq t, double low, NumberPhrase high, int k, int numberFirst, Prefix prefix,
      int floor) {
    PercentUnit unit = Units.percent(t, k);
    if (unit == null) {
      return null;
    }
    int end = k + unit.tokens() - 1;
    Draft d =
        new Draft(
            QuantityKind.RATE,
            high.value() * unit.fraction(),
            low * unit.fraction(),
            prefix.first(),
            end,
            t.sentence(numberFirst));
    attachMeasure(t, d, end + 1, floor);
    return d;
  }

  /** Reads "1 in 1,000 (transactions)", "one in a thousand", "1 out of 500"; or null. */
  static Draft oneIn(TokenSeq t, NumberPhrase a, Prefix prefix, int floor) {
    if (a.needsUnit() || a.magnitude() != 1 || a.value() < 1 || a.value() > 100
        || a.value() != Math.floor(a.value())) {
      return null;
    }
    int k = a.next();
    if (t.word(k, "in")) {
      k++;
    } else if (t.word(k, "out") && t.word(k + 1, "of")) {
      k += 2;
    } else {
      return null;
    }
    if (t.word(k, "every")) {
      k++;
    }
    NumberPhrase c = NumberReader.read(t, k);
    if (c == null || c.needsUnit() || c.value() <= a.value() || Guards.yearLike(t, c)
        || !t.sameSentence(a.first(), c.next() - 1)) {
      return null;
    }
    Draft d =
        new Draft(
            QuantityKind.RATE,
            a.value() / c.value(),
            a.value() / c.value(),
            prefix.first(),
            c.next() - 1,
            t.sentence(a.first()));
    Found noun = after(t, c.next(), true);
    if (noun != null) {
      d.measure = noun.measure();
      d.last = noun.index();
    }
    if (noun == null || !noun.named()) {
      Found before = before(t, d.first, floor);
      if (before != null) {
        d.measure = before.measure();
        d.first = before.index();
      }
    }
    return d;
  }

  /** Sets the rate's measure: a named class after it, else one before, else a plain noun after. */
  private static void attachMeasure(TokenSeq t, Draft d, int from, int floor) {
    Found after = after(t, from, false);
    if (after != null && after.named()) {
      d.measure = after.measure();
      d.last = after.index();
      return;
    }
    Found before = before(t, d.first, floor);
    if (before != null) {
      d.measure = before.measure();
      d.first = before.index();
      if (after != null && t.word(from, "of")) {
        d.last = after.index();
      }
      return;
    }
    if (after != null) {
      d.measure = after.measure();
      d.last = after.index();
    }
  }

  /**
   * The measure after a rate: a class ("fraud", "CTR"), "of X (are Y)", or a plain noun.
   *
   * @param bareNoun whether a bare noun right after counts as the population ("1 in 1,000
   *     transactions"); when false a bare noun counts as the measure itself ("30% headroom")
   */
  private static Found after(TokenSeq t, int j, boolean bareNoun) {
    if (!t.sameSentence(j - 1, j)) {
      return null;
    }
    String named = Measures.rateClass(t, j);
    int signed = j;
    if (named == null && (t.word(j, "false") || t.word(j, "true"))) {
      String cls = Measures.rateClass(t, j + 1);
      if ("positive".equals(cls) || "negative".equals(cls)) {
        named = t.lower(j) + "-" + cls;
        signed = j + 1;
      }
    }
    if (named != null) {
      int last = t.word(signed + 1, "rate") || t.word(signed + 1, "rates") ? signed + 1 : signed;
      return new Found(named, true, last);
    }
    int n = j;
    if (t.word(j, "of")) {
      n = j + 1;
      while (t.wordIn(n, DETERMINERS) && n < j + 3) {
        n++;
      }
    } else if (!bareNoun && !plainWord(t, n)) {
      return null;
    }
    if (!plainWord(t, n)) {
      return null;
    }
    int head = n;
    while (Measures.noun(t, head + 1) != null && t.sameSentence(head, head + 1) && head < n + 2) {
      head++;
    }
    Found copula = copulaClass(t, head + 1);
    if (copula != null) {
      return copula;
    }
    String named2 = Measures.rateClass(t, head);
    if (named2 != null && head == n) {
      return new Found(named2, true, head);
    }
    if (head == n && t.innerHyphen(n + 1) && plainWord(t, n + 2)) {
      return new Found(t.lower(n) + "-" + t.lower(n + 2), false, n + 2);
    }
    String noun = Measures.noun(t, head);
    return new Found(noun != null ? noun : t.lower(head), false, head);
  }

  /** "are toxic", "is fraudulent", "turn out to be spam": a class named through a copula. */
  private static Found copulaClass(TokenSeq t, int j) {
    int k = j;
    for (int steps = 0; steps < 4 && t.wordIn(k, COPULAS); steps++) {
      k++;
    }
    if (k == j) {
      return null;
    }
    String named = Measures.rateClass(t, k);
    return named == null || !t.sameSentence(j, k) ? null : new Found(named, true, k);
  }

  /**
   * A class named before the rate: "fraud is roughly", "CTR around", "error rate of". Across an
   * opening parenthesis the class is kept but the span stays inside the parenthesis.
   */
  private static Found before(TokenSeq t, int first, int floor) {
    Found found = beforeThrough(t, first, floor);
    if (found == null) {
      return null;
    }
    for (int j = found.index(); j < first; j++) {
      if (t.symbol(j, "(")) {
        return new Found(found.measure(), found.named(), first);
      }
    }
    return found;
  }

  private static Found beforeThrough(TokenSeq t, int first, int floor) {
    int j = first - 1;
    for (int steps = 0; steps < REACH && j >= floor && t.sameSentence(j, first); steps++) {
      String named = Measures.rateClass(t, j);
      if (named != null) {
        return polarity(t, named, j, floor);
      }
      if (t.word(j, "rate") || t.word(j, "rates") || t.word(j, "ratio")) {
        int x = j - 1;
        if (x < floor) {
          return null;
        }
        String cls = Measures.rateClass(t, x);
        if (cls != null) {
          return polarity(t, cls, x, floor);
        }
        if (t.word(x, "through") && t.dash(x - 1) && t.word(x - 2, "click") && x - 2 >= floor) {
          return new Found("ctr", true, x - 2);
        }
        if (plainWord(t, x)) {
          return new Found(t.lower(x), true, x);
        }
        return null;
      }
      boolean glue =
          t.isSymbol(j)
              ? GLUE_SYMBOLS.contains(t.text(j)) || t.symbol(j, "(")
              : t.wordIn(j, GLUE);
      if (!glue) {
        return null;
      }
      j--;
    }
    return null;
  }

  /** "false positive" and "true negative" keep their qualifier. */
  private static Found polarity(TokenSeq t, String named, int j, int floor) {
    boolean signed = named.equals("positive") || named.equals("negative");
    if (signed && j - 1 >= floor && (t.word(j - 1, "false") || t.word(j - 1, "true"))) {
      return new Found(t.lower(j - 1) + "-" + named, true, j - 1);
    }
    return new Found(named, true, j);
  }

  private static boolean plainWord(TokenSeq t, int i) {
    if (!t.isWord(i) || STOP.contains(t.lower(i))) {
      return false;
    }
    String w = t.lower(i);
    if (w.endsWith("ly") && Measures.noun(t, i) == null) {
      return false;
    }
    for (int c = 0; c < w.length(); c++) {
      char ch = w.charAt(c);
      if (ch < 'a' || ch > 'z') {
        return false;
      }
    }
    return w.length() > 1;
  }
}
