package dev.assay.engine.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A sentence read once ({@link PolarityDetector#read}) gives every mention the clause before and
 * after it, and the polarity, that reading the sentence for that mention alone gives.
 */
class PolarityClausesTest {
  private static final long SEED = 20261124L;

  /** The real answers the engine grades. */
  static List<String> answers() {
    return dev.assay.engine.RealAnswers.all();
  }

  private static List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (String answer : answers()) {
      for (String sentence : answer.split("(?<=[.!?\n])")) {
        out.add(sentence);
      }
    }
    String[] words = {"but", "however", "although", "though", "and", "then", "and then", "which", "where", "so", "because", "since", "while",
        "whereas", "not", "instead of", "rather than", "use", "BM25", "a", "-", "\u2014", "\u2013", ",", ";", ":", "(", ")", "[", "]", "won't work",
        "is misleading", "maybe", "x", "\u00e9t\u00e9", "\u0301", "butter", "sothat", "_so", "\ud83d\ude00"};
    Random rnd = new Random(SEED);
    for (int i = 0; i < 1500; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(30);
      for (int k = 0; k < n; k++) {
        String w = words[rnd.nextInt(words.length)];
        b.append(rnd.nextInt(5) == 0 ? w.toUpperCase(java.util.Locale.ROOT) : w).append(rnd.nextInt(4) == 0 ? "" : " ");
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void clausesOfASentenceReadOnceAreTheClausesOfEachCut() {
    PolarityDetector detector = new PolarityDetector();
    for (String s : sentences()) {
      PolarityDetector.Clauses c = detector.read(s);
      assertEquals(detector.defers(s), c.defers(), () -> "deferral of \"" + s + "\"");
      for (int cut = 0; cut <= s.length(); cut++) {
        int at = cut;
        assertEquals(PolarityDetector.clauseBefore(s, cut), c.before(cut), () -> "clause before " + at + " in \"" + s + "\"");
        assertEquals(PolarityDetector.clauseAfter(s, cut), c.after(cut), () -> "clause after " + at + " in \"" + s + "\"");
      }
      for (int from = 0; from < s.length(); from += 3) {
        int to = Math.min(s.length(), from + 1 + from % 7);
        int f = from;
        assertEquals(detector.classify(s, from, to), detector.classify(c, from, to), () -> "polarity of " + f + "-" + to + " in \"" + s + "\"");
      }
    }
  }
}
