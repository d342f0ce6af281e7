package dev.assay.engine.regex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the cue regex tests share: seeded random texts for holding the automata against {@link
 * java.util.regex.Pattern} (the cues' own words, cut short or cased at random, glued with
 * punctuation, line breaks, combining marks, surrogate pairs and other characters where {@code \b}
 * and case folding get subtle), the engine's cues compiled, and the plain pattern's count.
 */
final class CueTexts {
  private CueTexts() {}

  private static final List<String> BASE_WORDS =
      List.of("the", "model", "a", "we", "I", "it's", "x", "42", "0.1%", "p99", "E[", "P(", "p(", "->", "\u2192", "caf\u00e9", "\u00c9t\u00e9",
          "na\u0131ve", "e\u0301", "\u0301", "don\u2019t", "\u201cquote\u201d", "\ud83d\ude00", "\ud835\udc00bc", "\u00df", "K", "\u212a", "_x", "\u0660",
          "in:", "out=", "input :", "outputs=");

  private static final String[] GLUE = {" ", " ", " ", ", ", "; ", ". ", " - ", "\u2014", "\u2013", ": ", "(", ")", "\n", "\r\n", "-", "", "'", " [",
      "] ", "\t", "*", "=", "\u00a0", "\u2028", "\u0085", "?", " \u0301", "\ud83d\ude00", "_", "\u00e9"};

  /** The fixed tricky words and every word of two letters or more in the patterns. */
  static List<String> vocabulary(Collection<Regex> patterns) {
    List<String> words = new ArrayList<>(BASE_WORDS);
    for (Regex r : patterns) {
      for (String w : r.pattern().pattern().split("[^A-Za-z'\\u2019]+")) {
        if (w.length() > 1) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /** One to forty words of the vocabulary, each followed by a piece of glue. */
  static String random(Random rnd, List<String> words) {
    StringBuilder b = new StringBuilder();
    int n = 1 + rnd.nextInt(40);
    for (int i = 0; i < n; i++) {
      String w = words.get(rnd.nextInt(words.size()));
      switch (rnd.nextInt(6)) {
        case 0 -> w = w.toUpperCase(Locale.ROOT);
        case 1 -> w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        case 2 -> w = w.substring(0, Math.max(1, w.length() - 1 - rnd.nextInt(Math.max(1, w.length() - 1))));
        default -> {}
      }
      b.append(w).append(GLUE[rnd.nextInt(GLUE.length)]);
    }
    return b.toString();
  }

  /** Initialises the engine's classes that compile cues, so that every cue is compiled. */
  static void loadEngineCues() throws ClassNotFoundException {
    for (String c :
        List.of(
            "dev.assay.engine.FactBuilder",
            "dev.assay.engine.concept.PolarityDetector",
            "dev.assay.engine.prompt.ProblemTypeInference")) {
      Class.forName(c, true, CueTexts.class.getClassLoader());
    }
  }

  /** How many matches repeated {@link Matcher#find()} gives, counting up to {@code limit}. */
  static int plainCount(Pattern p, String text, int limit) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (n < limit && m.find()) {
      n++;
    }
    return n;
  }
}
