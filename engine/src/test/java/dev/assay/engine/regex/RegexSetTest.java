package dev.assay.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A {@link RegexSet} answers, for every member, exactly what the member's own {@link Regex#find}
 * and {@link Regex#count} answer: on every set the engine builds, over the labelled answers, the
 * real answers, each sentence, clause and random cut of them, and seeded random texts of the cues'
 * own words with punctuation, upper case and non-ASCII characters.
 */
class RegexSetTest {
  private static final long SEED = 20261124L;
  /** The sets the engine's classes build, before the tests here make their own. */
  private static List<RegexSet> engineSets;

  @BeforeAll
  static void loadTheEngineCues() throws ClassNotFoundException {
    CueTexts.loadEngineCues();
    engineSets = RegexSet.compiled();
  }

  /** The labelled answers of the rules module's tests and the real-answer corpus. */
  private static List<String> answers() {
    List<String> out = new ArrayList<>(dev.assay.engine.RealAnswers.all());
    for (String dir : List.of("calibration", "heldout", "heldout2", "heldout3", "sanity", "examples")) {
      out.addAll(dev.assay.engine.RealAnswers.markdownIn(List.of("../rules/src/test/resources/" + dir)));
    }
    return out;
  }

  private static List<String> texts() {
    Random rnd = new Random(SEED);
    List<String> words = CueTexts.vocabulary(engineSets.stream().flatMap(set -> set.members().stream()).toList());
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      texts.add(CueTexts.random(rnd, words));
    }
    for (String answer : answers()) {
      texts.add(answer);
      texts.add(answer.toLowerCase(Locale.ROOT));
      for (String sentence : answer.split("(?<=[.!?\n])")) {
        texts.add(sentence);
        for (String clause : sentence.split("(?<=[,;:()])|(?=[,;:()])")) {
          texts.add(clause);
        }
        if (!sentence.isEmpty()) {
          // Cut anywhere, as a mention's clause is: \b at a cut edge differs from inside the sentence.
          int cut = rnd.nextInt(sentence.length() + 1);
          texts.add(sentence.substring(0, cut));
          texts.add(sentence.substring(cut));
        }
      }
    }
    texts.addAll(List.of("", " ", "so", "-", "a - b", "in:", "\u0301so", "so\u0301", "\ud83d\ude00so", "We don't need it, so let's move on.", "E[", "e[", "P (", "?"));
    return texts;
  }

  private static void assertSameAsMembers(RegexSet set, String t) {
    long found = set.matches(t);
    List<Regex> members = set.members();
    for (int i = 0; i < members.size(); i++) {
      Pattern p = members.get(i).pattern();
      int at = i;
      assertEquals(p.matcher(t).find(), (found & RegexSet.bit(i)) != 0, () -> "find of " + members.get(at) + " in " + set + " on \"" + t + "\"");
    }
  }

  private static void assertCountsAsMembers(RegexSet set, String t, int limit) {
    int[] counts = set.counts(t, limit);
    List<Regex> members = set.members();
    for (int i = 0; i < members.size(); i++) {
      Pattern p = members.get(i).pattern();
      int at = i;
      assertEquals(CueTexts.plainCount(p, t, limit), counts[i], () -> "count to " + limit + " of " + members.get(at) + " on \"" + t + "\"");
    }
  }

  @Test
  void everySetOfTheEngineAnswersWhatItsMembersAnswer() {
    List<RegexSet> sets = engineSets;
    assertTrue(sets.size() >= 4, "the engine's cue stages each build a set: " + sets);
    for (RegexSet set : sets) {
      assertTrue(set.automaton(), () -> "the set should run as an automaton: " + set);
    }
    for (String t : texts()) {
      for (RegexSet set : sets) {
        assertSameAsMembers(set, t);
      }
    }
  }

  @Test
  void everySetOfTheEngineCountsWhatItsMembersCount() {
    List<String> texts = texts();
    Random rnd = new Random(SEED + 1);
    for (RegexSet set : engineSets) {
      set.automaton();
      for (int k = 0; k < 1500; k++) {
        String t = texts.get(rnd.nextInt(texts.size()));
        assertCountsAsMembers(set, t, 12);
        assertCountsAsMembers(set, t, 2);
      }
    }
  }

  @Test
  void aYoungSetAsksItsMembers() {
    RegexSet set = RegexSet.of(Regex.compile("\\bso\\b", Pattern.CASE_INSENSITIVE), Regex.compile("x"));
    assertEquals(RegexSet.bit(0), set.matches("So what"));
    assertEquals(RegexSet.bit(0) | RegexSet.bit(1), set.matches("so x"));
    assertEquals(0, set.matches(""));
    assertTrue(set.automaton());
    assertEquals(RegexSet.bit(0), set.matches("So what"));
    assertEquals(RegexSet.bit(0) | RegexSet.bit(1), set.matches("so x"));
  }

  @Test
  void readsTheEdgesOfTheTextAsThePatternsDo() {
    RegexSet set =
        RegexSet.of(
            Regex.compile("^\\W*use\\b", Pattern.CASE_INSENSITIVE),
            Regex.compile("\\bso\\b", Pattern.CASE_INSENSITIVE),
            Regex.compile("(?:^|[\\s(])in\\s*[:=]", Pattern.CASE_INSENSITIVE),
            Regex.compile("\\bE\\["),
            Regex.compile("\\?"));
    assertTrue(set.automaton());
    assertEquals(5, set.understood());
    String[] texts = {"", "so", "So", "also", "so\u0301", "\u0301so", "so.", ".so", "- Use it", "I use it", "use", "usE", "useful", "in:", "In =", "(in:",
        "win:", "E[x]", "e[x]", "?", "\ud83d\ude00so", "so\ud83d\ude00", "caf\u00e9so", "_so", "so_"};
    for (String t : texts) {
      assertSameAsMembers(set, t);
      assertCountsAsMembers(set, t, 12);
    }
    assertEquals(0, set.matches(""));
    assertEquals(RegexSet.bit(1), set.matches("so"));
    assertEquals(0, set.matches("so\u0301"), "a combining mark after a word character continues the word");
  }

  @Test
  void countsOverlappingAndNestedMatchesAsTheMatcherGoes() {
    RegexSet set =
        RegexSet.of(
            Regex.compile("aa"),
            Regex.compile("x.{0,5}y"),
            Regex.compile("so\\b|\\bso", Pattern.CASE_INSENSITIVE),
            Regex.compile("ab|b+c", Pattern.CASE_INSENSITIVE),
            Regex.compile("a[^,]*?z"));
    assertTrue(set.automaton());
    for (String t : List.of("aaaaa", "aaa", "xxyy xy", "xyxyxyxy", "x..y..y", "soso so so", "also sob", "abbbc abc bc", "a z a, z azz", "")) {
      assertCountsAsMembers(set, t, 12);
      assertCountsAsMembers(set, t, 2);
      assertCountsAsMembers(set, t, 1);
    }
    assertEquals(2, set.counts("aaaaa", 12)[0]);
  }

  @Test
  void caseSensitiveAndInsensitiveMembersShareOneAutomaton() {
    RegexSet set = RegexSet.of(Regex.compile("\\bE\\[|\\bp\\("), Regex.compile("e\\[x|[a-c]z", Pattern.CASE_INSENSITIVE), Regex.compile("x[^a]b", Pattern.CASE_INSENSITIVE));
    assertTrue(set.automaton());
    for (String t : List.of("E[x", "e[X", "E[", "e[", "P(", "p(", "Bz", "bZ", "xAb", "xaB", "XAB", "xxB", "x\u212ab", "X\u00e9b", "\u0130z")) {
      assertSameAsMembers(set, t);
    }
  }

  @Test
  void asksAMemberTheAutomatonDoesNotUnderstandOnItsOwn() {
    Regex lookbehind = Regex.compile("(?<![A-Za-z@\\d])\\d");
    RegexSet set = RegexSet.of(Regex.compile("\\bcat\\b"), lookbehind, Regex.compile("x$"), Regex.compile("dog"));
    assertTrue(set.automaton());
    assertEquals(2, set.understood());
    for (String t : List.of("", "cat 5", "a5 cat", "dogx", "x", "p99 dog", "5")) {
      assertSameAsMembers(set, t);
      assertCountsAsMembers(set, t, 12);
    }
    RegexSet none = RegexSet.of(lookbehind);
    assertFalse(none.automaton());
    assertEquals(RegexSet.bit(0), none.matches("take 5"));
    assertEquals(0, none.matches("p99"));
  }

  @Test
  void fallsBackToItsMembersWhenTheAutomatonOverflows() {
    // Which of the last fifteen letters are a's: more states than a union may have.
    RegexSet set = RegexSet.of(Regex.compile("a[ab]{14}c"), Regex.compile("b[ab]{2}d"), Regex.compile("ab"));
    assertTrue(set.automaton());
    Random rnd = new Random(SEED + 2);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      b.append(rnd.nextBoolean() ? 'a' : 'b');
    }
    String noise = b.toString();
    for (String t : List.of(noise, noise + "c", noise + "d", "c", "aaaaaaaaaaaaaaac", noise)) {
      assertSameAsMembers(set, t);
      assertCountsAsMembers(set, t, 12);
    }
    assertEquals(RegexSet.bit(0) | RegexSet.bit(2), set.matches(noise + "abbbbbbbbbbbbbbc"));
  }

  @Test
  void holdsOneToThirtyOneMembers() {
    assertThrows(IllegalArgumentException.class, RegexSet::of);
    Regex[] many = new Regex[32];
    for (int i = 0; i < many.length; i++) {
      many[i] = Regex.compile("w" + i + "\\b");
    }
    assertThrows(IllegalArgumentException.class, () -> RegexSet.of(many));
    RegexSet most = RegexSet.of(java.util.Arrays.copyOf(many, 31));
    assertTrue(most.automaton());
    assertEquals(RegexSet.bit(30) | RegexSet.bit(0), most.matches("w30 w0 w3x"));
    assertEquals(2, most.counts("w30 w0 w3x w30", 5)[30]);
  }
}
