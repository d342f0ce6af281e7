package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade --rule-pack} and {@code rule-pack check} as the README walks through them. */
class RulePackCliTest {
  static final Path PRIVACY = Path.of("..", "examples", "rule-packs", "privacy");
  static final Path CAL_05 = Path.of("..", "rules", "src", "test", "resources", "calibration", "cal-05.md");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path broken() throws IOException {
    Path p = Files.createDirectories(dir.resolve("broken"));
    Files.writeString(p.resolve("pack.json"), "{\"id\": \"broken\", \"version\": \"1.0.0\", \"criteria\": [\"data.split\"]}", StandardCharsets.UTF_8);
    Files.writeString(p.resolve("split.drl"),
        "package b;\nimport dev.assay.engine.rules.Context;\nglobal dev.assay.engine.rules.Verdicts out;\n\nrule \"BROKEN_SPLIT\"\nwhen\n  Context( problemType == )\nthen\nend\n",
        StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void gradeRunsAPackAfterTheBuiltInRules() throws IOException {
    CliTest.Run r = CliTest.run("grade", "--prompt", "ad-click-prediction", "--rule-pack", PRIVACY.toString(), CAL_05.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode e = JSON.readTree(r.out());
    assertEquals("[{\"id\":\"privacy\",\"version\":\"1.0.0\"}]", e.path("rulePacks").toString());
    for (JsonNode step : e.path("steps")) {
      for (JsonNode c : step.path("criteria")) {
        if (c.path("id").asText().equals("requirements.constraints")) {
          assertEquals("violated", c.path("status").asText());
          assertEquals("[\"PRIVACY_PERSONAL_DATA_UNGUARDED\"]", c.path("rules").toString());
        }
      }
    }
    CliTest.Run text = CliTest.run("grade", "--prompt", "ad-click-prediction", "--rule-pack", PRIVACY.toString(), "--format", "text", CAL_05.toString());
    assertTrue(text.out().contains("violated  requirements.constraints"), text.out());
    assertTrue(text.out().contains("[error] requirements: This ad click-through prediction learns from people's behaviour"), text.out());
  }

  @Test
  void gradeRefusesAPackThatDoesNotCompileInOneLineNamingFileAndLine() throws IOException {
    CliTest.Run r = CliTest.run("grade", "--rule-pack", broken().toString(), CAL_05.toString());
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("assay: rule pack " + dir.resolve("broken") + " refused: split.drl:7:"), r.err());
  }

  @Test
  void checkListsWhatAGoodPackHoldsAndEveryProblemOfABadOne() throws IOException {
    CliTest.Run good = CliTest.run("rule-pack", "check", PRIVACY.toString());
    assertEquals(0, good.status(), good.err());
    assertEquals(PRIVACY + ": privacy 1.0.0, rules [PRIVACY_PERSONAL_DATA_UNGUARDED, PRIVACY_SAFEGUARD_STATED], judges [requirements.constraints]\n", good.out());
    Path bad = broken();
    CliTest.Run r = CliTest.run("rule-pack", "check", PRIVACY.toString(), bad.toString());
    assertEquals(2, r.status());
    assertTrue(r.out().contains(bad.resolve("split.drl") + ":7:"), r.out());
    assertEquals("assay: 1 of 2 rule packs refused\n", r.err());
  }
}
