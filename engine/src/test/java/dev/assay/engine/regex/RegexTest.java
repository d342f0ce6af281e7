package dev.assay.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A {@link Regex} finds exactly what its plain {@link Pattern} finds, on every cue of the engine. */
class RegexTest {
  private static final long SEED = 20261122L;

  @BeforeAll
  static void loadTheEngineCues() throws ClassNotFoundException {
    CueTexts.loadEngineCues();
  }

  /** Every match as start and end, by repeated {@link Matcher#find()}. */
  private static List<Integer> plain(Pattern p, String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out;
  }

  private static List<Integer> fast(Regex r, String text) {
    List<Integer> out = new ArrayList<>();
    Regex.Scan s = r.scan(text);
    while (s.next()) {
      out.add(s.start());
      out.add(s.end());
    }
    return out;
  }

  /** Words the cues look for, cut from their own source, so random text hits them often. */
  @Test
  void everyEngineCueFindsWhatItsPatternFinds() {
    List<Regex> all = Regex.compiled();
    assertTrue(all.size() >= 30, "expected the engine's cues to be compiled, found " + all.size());
    List<String> words = CueTexts.vocabulary(all);
    Random rnd = new Random(SEED);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      texts.add(CueTexts.random(rnd, words));
    }
    texts.addAll(List.of("", " ", "so", "-", "a - b", "We don't need it, so let's move on.", "in: features; out: a score", "Payment \u2014 so fast"));
    int skipping = 0;
    for (Regex r : all) {
      skipping += r.scansEverywhere() ? 0 : 1;
      for (String t : texts) {
        assertEquals(plain(r.pattern(), t), fast(r, t), () -> "pattern " + r + " on \"" + t + "\"");
        assertEquals(r.pattern().matcher(t).find(), r.find(t), () -> "find of " + r + " on \"" + t + "\"");
      }
    }
    assertTrue(skipping * 10 >= all.size() * 8, "most cues should skip ahead: " + skipping + " of " + all.size());
  }

  @Test
  void skipsOnlyWhereNoMatchCanBegin() {
    Regex words = Regex.compile("\\b(?:instead of|rather than)\\b", Pattern.CASE_INSENSITIVE);
    assertFalse(words.scansEverywhere());
    assertEquals(List.of(4, 14), fast(words, "use INSTEAD OF accuracy"));
    Regex classThenLiteral = Regex.compile("\\s-\\s|[,;]");
    assertEquals(List.of(1, 4, 5, 6), fast(classThenLiteral, "a - b, c"));
    Regex lookbehind = Regex.compile("(?<![A-Za-z@\\d])\\d");
    assertEquals(List.of(5, 6), fast(lookbehind, "BM25 5 ms"));
    Regex anchored = Regex.compile("^\\W*(?:use|train)\\b|\\bwe\\b", Pattern.CASE_INSENSITIVE);
    assertEquals(List.of(0, 5, 10, 12), fast(anchored, "- Use it, we do"));
    assertEquals(List.of(), fast(anchored, "I use it"));
  }

  @Test
  void scansEverywhereWhenThePatternMayMatchNothingOrIsNotUnderstood() {
    assertTrue(Regex.compile("a*").scansEverywhere());
    assertTrue(Regex.compile("(?i)foo").scansEverywhere());
    assertTrue(Regex.compile("\\p{L}+").scansEverywhere());
    assertTrue(Regex.compile("x", Pattern.MULTILINE).scansEverywhere());
    assertEquals(List.of(0, 0, 1, 1), fast(Regex.compile("b*"), "a"));
  }
}
