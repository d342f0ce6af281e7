package dev.assay.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.RealAnswers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lexer works out a word's lower case while it scans the word, shares one string per ASCII
 * symbol, and keeps the tokens of a few recent texts; {@link Draft#tidy} skips the decimal
 * rounding for whole numbers. Each must read exactly as the plain definitions do: {@code
 * toLowerCase(Locale.ROOT)} of the word, the substring of the symbol, a fresh tokenization, and
 * {@code BigDecimal} rounding to 12 digits.
 */
class LexerEquivalenceTest {
  private static final String ALPHABET =
      "aAzZqQ09 ,.;:!?-\u2013\u00D7x*/=~<>^%$\n\t'\"()[]"
          + "\u00E9\u00C9\u00DF\u0130\u0131\u03A3\u03C3\u0301\u00A0\u2003\uD83D\uDE00\uD835\uDC00\u0660";
  private static final String[] WORDS = {
    "Latency", "P99", "p99.9", "MS", "ms", "QPS", "Users", "per", "Day", "M", "k", "bn", "x", "\u00C9T\u00C9", "\u0130stanbul",
    "STRASSE", "stra\u00DFe", "\u03A3\u039F\u03A6\u0399\u0391", "caf\u00E9", "v1.2.3", "1e6", "10^9", "2,000,000", "50ms"
  };

  private static List<String> texts() {
    List<String> out = new ArrayList<>(RealAnswers.all());
    Random random = new Random(20261122);
    for (int n = 0; n < 400; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + random.nextInt(400);
      while (b.length() < len) {
        if (random.nextInt(3) == 0) {
          b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
        } else {
          b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void everyTokenReadsAsTheTextItCoversAndItsRootLowerCase() {
    int words = 0;
    for (String text : texts()) {
      for (Token t : Lexer.tokenize(text)) {
        String covered = text.substring(t.start(), t.end());
        assertEquals(covered, t.text(), "token text in: " + text);
        if (t.isWord()) {
          assertEquals(covered.toLowerCase(Locale.ROOT), t.lower(), "lower case of '" + covered + "'");
          words++;
        } else {
          assertEquals(covered, t.lower(), "a number or symbol is its own lower case");
        }
      }
    }
    assertTrue(words > 10_000, "the texts should hold many words: " + words);
  }

  @Test
  void theRecentTextsGiveTheTokensAFreshReadingGives() {
    List<String> texts = texts().subList(0, 40);
    Random random = new Random(7);
    for (int n = 0; n < 400; n++) {
      String text = texts.get(random.nextInt(texts.size()));
      assertEquals(Lexer.tokenize(text), Lexer.tokens(text));
    }
  }

  @Test
  void anAnswerReadAroundItsPromptIsTokenizedOnce() {
    String answer = new String("Each request takes 50 ms; 600 stores x 30,000 SKUs = 18M series.");
    String prompt = new String("Design a fraud model for 10M payments a day.");
    List<Token> first = Lexer.tokens(answer);
    Lexer.tokens(prompt);
    assertSame(first, Lexer.tokens(answer), "the answer's tokens are kept while the prompt is read");
  }

  @Test
  void tidyRoundsAsTheDecimalRoundingDoes() {
    Random random = new Random(11);
    List<Double> values = new ArrayList<>(List.of(1e12, 1e12 - 1, -1e12 + 1, 999_999_999_999.0, 1e15, 0.1 + 0.2, 5e7, 1.0 / 3, -42.0));
    for (int n = 0; n < 20_000; n++) {
      double v =
          switch (n % 4) {
            case 0 -> (double) random.nextInt(1_000_000);
            case 1 -> Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(16)));
            case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(20) - 6);
            default -> -random.nextLong() / 1000.0;
          };
      values.add(v);
    }
    for (double v : values) {
      double expected = new BigDecimal(v).round(new MathContext(12)).doubleValue();
      assertEquals(expected, Draft.tidy(v), 0.0, "tidy(" + v + ")");
    }
  }
}
