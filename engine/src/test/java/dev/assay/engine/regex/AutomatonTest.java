package dev.assay.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The automata answer exactly what the plain patterns answer, on every engine cue: whether a text
 * holds a match, how many matches there are, where they begin, and matches from a place on. The
 * texts are random strings of the cues' own words, cut and cased at random, glued with punctuation
 * and with the characters where {@code \b} and case folding are easy to get wrong (accented letters,
 * combining marks, curly quotes, dashes, surrogate pairs), and the sentences of real answers.
 */
class AutomatonTest {
  private static final long SEED = 20261123L;

  @BeforeAll
  static void loadTheEngineCues() throws ClassNotFoundException {
    CueTexts.loadEngineCues();
  }

  /** The real answers the engine grades. */
  static List<String> answers() {
    return dev.assay.engine.RealAnswers.all();
  }

  private static List<String> texts() {
    List<Regex> all = Regex.compiled();
    List<String> words = CueTexts.vocabulary(all);
    Random rnd = new Random(SEED);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      texts.add(CueTexts.random(rnd, words));
    }
    for (String answer : answers()) {
      for (String sentence : answer.split("(?<=[.!?\n])")) {
        texts.add(sentence);
      }
      texts.add(answer);
    }
    texts.addAll(List.of("", " ", "so", "-", "a - b", "in:", "\u0301so", "so\u0301", "\ud83d\ude00so", "We don't need it, so let's move on."));
    return texts;
  }

  @Test
  void automataAnswerWhatThePatternsAnswer() {
    List<Regex> all = Regex.compiled();
    int automata = 0;
    for (Regex r : all) {
      automata += r.automaton() ? 1 : 0;
    }
    assertTrue(automata * 10 >= all.size() * 8, "most cues should run as automata: " + automata + " of " + all.size());
    for (String t : texts()) {
      for (Regex r : all) {
        Pattern p = r.pattern();
        assertEquals(p.matcher(t).find(), r.find(t), () -> "find of " + r + " on \"" + t + "\"");
        assertEquals(CueTexts.plainCount(p, t, 12), r.count(t, 12), () -> "count of " + r + " on \"" + t + "\"");
        assertEquals(CueTexts.plainCount(p, t, 3), r.count(t, 3), () -> "count to 3 of " + r + " on \"" + t + "\"");
      }
    }
  }

  @Test
  void placesWhereMatchesBeginAndScansFromAPlace() {
    Random rnd = new Random(SEED + 1);
    List<String> texts = texts();
    for (Regex r : Regex.compiled()) {
      Pattern p = r.pattern();
      for (int k = 0; k < 300; k++) {
        String t = texts.get(rnd.nextInt(texts.size()));
        if (t.length() > 400) {
          continue;
        }
        boolean[] starts = r.startsAt(t);
        int[] ends = r.endsAt(t);
        Matcher m = p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i <= t.length(); i++) {
          boolean plain = i < t.length() && m.region(i, t.length()).lookingAt();
          int at = i;
          assertEquals(plain, starts[i], () -> "start of " + r + " at " + at + " in \"" + t + "\"");
          int end = plain ? m.end() : -1;
          assertEquals(end, ends[i], () -> "end of the match of " + r + " at " + at + " in \"" + t + "\"");
          assertEquals(plain, r.matchesAt(t, i), () -> "match of " + r + " at " + at + " in \"" + t + "\"");
        }
        int from = t.isEmpty() ? 0 : rnd.nextInt(t.length() + 1);
        List<Integer> plain = new ArrayList<>();
        Matcher f = p.matcher(t);
        if (f.find(from)) {
          do {
            plain.add(f.start());
            plain.add(f.end());
          } while (f.find());
        }
        List<Integer> fast = new ArrayList<>();
        Regex.Scan s = r.scan(t, from);
        while (s.next()) {
          fast.add(s.start());
          fast.add(s.end());
        }
        assertEquals(plain, fast, () -> "scan of " + r + " from " + from + " in \"" + t + "\"");
      }
    }
  }

  @Test
  void leavesOutWhatItDoesNotUnderstand() {
    assertNull(Dfa.compile("(?<![A-Za-z@\\d])\\d", 0));
    assertNull(Dfa.compile("a*", 0));
    assertNull(Dfa.compile("\\b", 0));
    assertNull(Dfa.compile("^", 0));
    assertNull(Dfa.compile("x$", 0));
    assertNull(Dfa.compile("a++", 0));
    assertNull(Dfa.compile("(?i)a", 0));
    assertNull(Dfa.compile("\\p{L}", 0));
    assertNull(Dfa.compile("x", Pattern.MULTILINE));
    Regex r = Regex.compile("\\bso\\b|^\\W*use\\b", Pattern.CASE_INSENSITIVE);
    assertTrue(r.automaton());
    assertTrue(r.find("- Use it"));
    assertFalse(r.find("I use it"));
    assertTrue(r.find("fine, SO it goes"));
    assertFalse(r.find("also"));
    assertFalse(r.find("so\u0301"), "a combining mark after a word character continues the word");
    assertEquals(2, r.count("so, so", 5));
  }
}
