package dev.assay.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link FactBuilder#buzzwords} reads the items of a sentence in place exactly as the plain
 * patterns cut them ({@code replaceFirst} of the lead-in, {@code Pattern.split} of the items): on
 * every sentence of the real answers, cut anywhere, and on seeded random lists.
 */
class BuzzwordsTest {
  private static final long SEED = 20261125L;
  private static final Pattern LEAD_IN = Pattern.compile("^[^:]{1,40}:\\s*");
  private static final Pattern ITEM_BREAK = Pattern.compile("[,;]|\\band\\b");
  private static final Pattern VERB =
      Pattern.compile(
          "\\b(?:is|are|was|were|be|been|will|would|should|could|can|we|I|our|it|they|you|use|using|used|do|does|has|have|had|get|gets|run|runs|make|makes|keep|need|needs|'d|'ll)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern STANDALONE_NUMBER = Pattern.compile("(?<![A-Za-z@\\d])\\d");

  /** The judgement as it was made with the plain patterns. */
  private static boolean bySplitting(String sentence) {
    String t = LEAD_IN.matcher(sentence).replaceFirst("");
    String[] items = ITEM_BREAK.split(t);
    if (items.length < 3 || VERB.matcher(t).find() || STANDALONE_NUMBER.matcher(t).find()) {
      return false;
    }
    for (String item : items) {
      int words = 0;
      boolean in = false;
      for (int i = 0; i < item.length(); i++) {
        boolean w = Character.isLetterOrDigit(item.charAt(i));
        if (w && !in) {
          words++;
        }
        in = w;
      }
      if (words > 4) {
        return false;
      }
    }
    return true;
  }

  private static int plainLeadIn(String s) {
    Matcher m = LEAD_IN.matcher(s);
    return m.lookingAt() ? m.end() : 0;
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    Random rnd = new Random(SEED);
    for (String answer : RealAnswers.all()) {
      for (String sentence : answer.split("(?<=[.!?\n])")) {
        texts.add(sentence);
        int cut = rnd.nextInt(sentence.length() + 1);
        texts.add(sentence.substring(cut));
        texts.add(sentence.substring(0, cut));
      }
    }
    String[] words = {"Kafka", "Redis", "BM25", "and", "band", "AND", "Spark", "feature store", "p99", "2", "x2", "@3", "is", "we",
        "caf\u00e9", "\ud83d\ude00", "\ud835\udc00", "na\u00efve", "_and", "and_", "\u00e9and", "", "a b c d e", "one two three four"};
    String[] glue = {", ", ",", "; ", ";", " and ", " ", ": ", ":", ":\t ", "\u000B", " - ", ",, ", "\n"};
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      if (rnd.nextInt(3) == 0) {
        int label = rnd.nextInt(50);
        for (int k = 0; k < label; k++) {
          b.append(rnd.nextInt(9) == 0 ? "\ud83d\ude00" : "x");
        }
        b.append(rnd.nextBoolean() ? ":" : ": \t");
      }
      int n = rnd.nextInt(9);
      for (int k = 0; k < n; k++) {
        String w = words[rnd.nextInt(words.length)];
        b.append(rnd.nextInt(5) == 0 ? w.toUpperCase(Locale.ROOT) : w).append(glue[rnd.nextInt(glue.length)]);
      }
      texts.add(b.toString());
    }
    texts.addAll(List.of("", ":", "a:", ",", ",,,", "a, b, c", "a, b, c,", ", a, b", "a and b and c", "Stack: Kafka, Flink, Redis", "Stack:Kafka,Flink,Redis"));
    return texts;
  }

  @Test
  void judgesEverySentenceAsThePlainPatternsDo() {
    int lists = 0;
    for (String t : texts()) {
      boolean plain = bySplitting(t);
      lists += plain ? 1 : 0;
      assertEquals(plain, FactBuilder.buzzwords(t), () -> "buzzwords of \"" + t + "\"");
      assertEquals(plainLeadIn(t), FactBuilder.leadIn(t), () -> "lead-in of \"" + t + "\"");
    }
    assertTrue(lists > 50, "the texts should hold strings of buzzwords: " + lists);
  }

  @Test
  void readsItemsAfterTheLeadIn() {
    assertTrue(FactBuilder.buzzwords("Stack: Kafka, Flink, Redis"));
    assertFalse(FactBuilder.buzzwords("Kafka, Flink"));
    assertFalse(FactBuilder.buzzwords("Kafka, Flink, Redis, we use them"));
    assertFalse(FactBuilder.buzzwords("Kafka, Flink, 3 Redis"));
    assertTrue(FactBuilder.buzzwords("Kafka, Flink, p99"));
    assertFalse(FactBuilder.buzzwords("Kafka, Flink,,,"), "trailing empty items do not count");
    assertTrue(FactBuilder.buzzwords(", Flink, Redis"), "a leading empty item counts");
    assertEquals(0, FactBuilder.leadIn(":a"));
    assertEquals(7, FactBuilder.leadIn("Stack: Kafka"));
  }
}
