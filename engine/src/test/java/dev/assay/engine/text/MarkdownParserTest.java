package dev.assay.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownParserTest {

  private static List<BlockKind> kinds(String text) {
    return TextModel.parse(text).blocks().stream().map(Block::kind).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Model",
    "Problem framing",
    "Step 3 Serving",
    "Data and labels:"
  })
  void aShortPlainLineStandingAloneIsATitle(String title) {
    String text = "Intro line that says something.\n\n" + title + "\n\n- a point under it\n";
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM), kinds(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "We use GBDT.",
    "use the popular list",
    "This one line is a whole sentence with many words",
    "Latency, scale, cost"
  })
  void aSentenceOrALowerCaseLineIsNotATitle(String line) {
    String text = "Intro line that says something.\n\n" + line + "\n\n- a point under it\n";
    assertEquals(List.of(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM), kinds(text));
  }

  @org.junit.jupiter.api.Test
  void aShortLineThatRunsOnIntoTextBelowIsAParagraph() {
    assertEquals(List.of(BlockKind.PARAGRAPH), kinds("Model choice\nis a GBDT because the data is tabular.\n"));
  }
}
