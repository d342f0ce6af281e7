package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.model.Span;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleExampleReaderTest {

  @Test
  void countsMarkedSpansWithoutTheMarkers() throws IOException {
    RuleExample e = read("## SOME_RULE\nfire: We keep [[p99]] and [[p50]] low.\n").get(0);
    assertEquals("We keep p99 and p50 low.", e.text());
    assertEquals(List.of(new Span(8, 11, "p99"), new Span(16, 19, "p50")), e.expected());
    assertEquals("SOME_RULE fire #1", e.name());
    assertEquals("x.txt:2", e.location());
  }

  @Test
  void joinsContinuationLinesAndEscapedBreaksWithNewlines() throws IOException {
    List<RuleExample> all = read("## SOME_RULE\nfire: ## Evaluation\n  | We report [[MAE]].\n  |\nmiss: a\\nb\n");
    assertEquals("## Evaluation\nWe report MAE.\n", all.get(0).text());
    assertEquals(List.of(new Span(24, 27, "MAE")), all.get(0).expected());
    assertEquals("a\nb", all.get(1).text());
  }

  @Test
  void appliesTheTypeUntilTheNextRule() throws IOException {
    List<RuleExample> all = read("## A_RULE\ntype: fraud\nfire: x\nmiss: y\n## B_RULE\nmiss: z\n");
    assertEquals(List.of("fraud", "fraud", RuleExampleReader.DEFAULT_TYPE), all.stream().map(RuleExample::problemType).toList());
  }

  @Test
  void numbersPendingExamplesWithTheOthersButMarksThem() throws IOException {
    List<RuleExample> all = read("## A_RULE\nfire: x\npending-fire: y\nfire: z\n");
    assertEquals(List.of("A_RULE fire #1", "A_RULE fire #2", "A_RULE fire #3"), all.stream().map(RuleExample::name).toList());
    assertFalse(all.get(0).pending());
    assertTrue(all.get(1).pending());
  }

  @Test
  void rejectsMalformedExamplesWithTheirLine() {
    assertMessage("x.txt:2", "## A_RULE\nmiss: no [[span]] in a miss\n");
    assertMessage("x.txt:2", "## A_RULE\nfire: an [[open marker\n");
    assertMessage("x.txt:1", "fire: before any rule\n");
    assertMessage("x.txt:2", "## A_RULE\nfrie: a typo\n");
  }

  private static void assertMessage(String prefix, String source) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(source));
    assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
  }

  private static List<RuleExample> read(String source) throws IOException {
    return RuleExampleReader.read("x.txt", new StringReader(source));
  }
}
