package dev.assay.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

  @Test
  void splitsDigitsFromAGluedUnitAndMarksItAttached() {
    List<Token> tokens = Lexer.tokenize("took 100ms");
    assertEquals(3, tokens.size());
    Token number = tokens.get(1);
    assertEquals(TokenType.NUMBER, number.type());
    assertEquals(100, number.value(), 0);
    assertEquals(5, number.start());
    assertEquals(8, number.end());
    assertEquals("ms", tokens.get(2).text());
    assertTrue(tokens.get(2).attached());
    assertFalse(number.attached());
  }

  @Test
  void readsThousandsSeparatorsButNotListCommas() {
    assertEquals(2_000_000, Lexer.tokenize("2,000,000").get(0).value(), 0);
    List<Token> list = Lexer.tokenize("1,2,3");
    assertEquals(1, list.get(0).value(), 0);
    assertEquals(5, list.size());
  }

  @Test
  void readsExponentAndPowerNotation() {
    assertEquals(1e6, Lexer.tokenize("1e6").get(0).value(), 0);
    assertEquals(1e9, Lexer.tokenize("10^9").get(0).value(), 0);
    assertEquals(2e-5, Lexer.tokenize("2e-5").get(0).value(), 0);
  }

  @Test
  void marksVersionsOverlongDigitRunsAndOverflowUnusable() {
    assertFalse(Lexer.tokenize("1.2.3").get(0).usable());
    assertFalse(Lexer.tokenize("9".repeat(50)).get(0).usable());
    assertFalse(Lexer.tokenize("1e999").get(0).usable());
  }

  @Test
  void keepsPercentileLabelsAsOneWord() {
    List<Token> tokens = Lexer.tokenize("p99.9 latency");
    assertEquals("p99.9", tokens.get(0).text());
    assertEquals(TokenType.WORD, tokens.get(0).type());
  }

  @Test
  void startsANewSentenceAfterAFullStopOrANewParagraph() {
    List<Token> tokens = Lexer.tokenize("One. Two\nthree\n\nFour");
    assertEquals(tokens.get(0).sentence() + 1, tokens.get(2).sentence());
    assertEquals(tokens.get(2).sentence(), tokens.get(3).sentence());
    assertTrue(tokens.get(4).sentence() > tokens.get(3).sentence());
  }

  @Test
  void keepsSurrogatePairsWhole() {
    List<Token> tokens = Lexer.tokenize("a\uD83D\uDE00b");
    assertEquals(3, tokens.size());
    assertEquals("\uD83D\uDE00", tokens.get(1).text());
  }
}
