package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough "Make the rubric your own", as a user runs it: copy the default rubric,
 * validate it, break it and read every problem, grade with it, select rules per submission.
 */
class RubricCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("../docs/examples");

  @TempDir Path dir;

  private static String answer() throws IOException {
    return new String(RubricCliTest.class.getResourceAsStream("/answer.md").readAllBytes(), StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void initPrintsACopyThatValidatesAndGradesLikeTheDefault() throws IOException {
    CliTest.Run init = CliTest.run("rubric", "init", "--from", "mlsd-default", "--id", "ml-course");
    assertEquals(0, init.status(), init.err());
    JsonNode copy = JSON.readTree(init.out());
    assertEquals("ml-course", copy.get("id").asText());
    assertEquals(34, copy.get("criteria").size());
    assertEquals(2, copy.get("criteria").get(0).get("weight").asInt());
    Path file = write("ml-course.json", init.out());

    CliTest.Run valid = CliTest.run("rubric", "validate", file.toString());
    assertEquals(0, valid.status(), valid.err());
    assertEquals(file + ": valid: rubric ml-course version 1.0.0, 34 criteria (0 custom), 0 scorers", valid.out().strip());

    Path a = write("a.md", answer());
    JsonNode withCopy = JSON.readTree(CliTest.run("grade", "--prompt", "payment-fraud", "--rubric", file.toString(), a.toString()).out());
    JsonNode withDefault = JSON.readTree(CliTest.run("grade", "--prompt", "payment-fraud", a.toString()).out());
    assertEquals("ml-course", withCopy.at("/rubric/id").asText());
    ((ObjectNode) withCopy).remove("rubric");
    ((ObjectNode) withDefault).remove("rubric");
    assertEquals(withDefault, withCopy, "the copy grades exactly like the default");
  }

  @Test
  void validateListsEveryProblemWithItsPathAndExitsTwo() throws IOException {
    JsonNode copy = JSON.readTree(CliTest.run("rubric", "init", "--from", "mlsd-default", "--id", "ml-course").out());
    ((ObjectNode) copy.get("steps")).put("model", 25);
    ((ObjectNode) copy.get("criteria").get(3)).put("id", "requirements.latency");
    ((ObjectNode) copy.get("criteria").get(0)).put("weight", "high");
    Path bad = write("bad.json", copy.toString());
    CliTest.Run r = CliTest.run("rubric", "validate", bad.toString());
    assertEquals(2, r.status());
    assertEquals("", r.out());
    String[] lines = r.err().strip().split("\n");
    assertEquals(3, lines.length, r.err());
    assertTrue(r.err().contains(bad + ": $.criteria[0].weight: string found, number expected"), r.err());
    assertTrue(r.err().contains(bad + ": $.criteria[3].id: unknown criterion 'requirements.latency'"), r.err());
    assertTrue(r.err().contains(bad + ": $.steps: the step weights add up to 107, not 100"), r.err());

    CliTest.Run json = CliTest.run("rubric", "validate", "--json", bad.toString());
    assertEquals(2, json.status());
    assertEquals(3, JSON.readTree(json.out()).size());
    assertEquals("$.criteria[0].weight", JSON.readTree(json.out()).get(0).get("path").asText());
  }

  @Test
  void gradeRefusesAnInvalidRubricFileOnOneLine() throws IOException {
    Path bad = write("bad.json", "{\"id\": \"x\", \"version\": \"1\"}");
    CliTest.Run r = CliTest.run("grade", "--rubric", bad.toString(), write("a.md", answer()).toString());
    assertEquals(2, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("invalid rubric: 3 problems: $.criteria: required field missing"), r.err());
    CliTest.Run missing = CliTest.run("rubric", "validate", dir.resolve("nope.json").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("no such file"), missing.err());
    CliTest.Run unknown = CliTest.run("grade", "--rubric", "no-such-rubric", write("b.md", answer()).toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("unknown rubric 'no-such-rubric'"), unknown.err());
  }

  @Test
  void theExampleRubricValidatesAndGradesWithItsCustomCriteriaAndScorer() throws IOException {
    Path rubric = EXAMPLES.resolve("ml-course.json");
    CliTest.Run valid = CliTest.run("rubric", "validate", rubric.toString());
    assertEquals(0, valid.status(), valid.err());
    assertTrue(valid.out().contains("valid: rubric ml-course version 1.1.0, 37 criteria (3 custom), 1 scorer"), valid.out());

    CliTest.Run r = CliTest.run("grade", "--prompt", "payment-fraud", "--rubric", rubric.toString(), "--format", "text", write("a.md", answer()).toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("custom.names-regulation"), r.out());
    assertTrue(r.out().contains("custom.covers-model-answer"), r.out());
  }

  @Test
  void gradeBatchAndCalibrateTakeARubricFile() throws IOException {
    Path rubric = EXAMPLES.resolve("ml-course.json");
    String line = JSON.writeValueAsString(JSON.createObjectNode().put("answer", answer()).put("promptId", "payment-fraud"));
    CliTest.Run batch = CliTest.run("grade-batch", "--rubric", rubric.toString(), write("in.jsonl", line + "\n").toString());
    assertEquals(0, batch.status(), batch.err());
    assertEquals("1.1.0", JSON.readTree(batch.out()).at("/rubric/version").asText());

    Files.writeString(dir.resolve("a.md"), answer(), StandardCharsets.UTF_8);
    Path labels = write("labels.json", "{\"answers\": [{\"file\": \"a.md\", \"promptId\": \"payment-fraud\", \"problemType\": \"fraud\", \"grade\": 3,"
        + " \"criteria\": {\"custom.names-regulation\": \"met\"}, \"evidence\": {}}]}");
    CliTest.Run cal = CliTest.run("calibrate", "--json", "--rubric", rubric.toString(), labels.toString());
    assertEquals(0, cal.status(), cal.err());
    assertEquals(1, JSON.readTree(cal.out()).get("answers").asInt());
  }

  @Test
  void enabledOnlyAndDisabledRulesSelectRulesFromTheCommandLine() throws IOException {
    Path a = write("a.md", answer());
    CliTest.Run only = CliTest.run("grade", "--prompt", "payment-fraud", "--enabled-only", "OFFLINE_METRIC_WITH_PURPOSE", a.toString());
    assertEquals(0, only.status(), only.err());
    for (JsonNode step : JSON.readTree(only.out()).get("steps")) {
      for (JsonNode c : step.get("criteria")) {
        for (JsonNode rule : c.get("rules")) {
          assertEquals("OFFLINE_METRIC_WITH_PURPOSE", rule.asText(), c.toString());
        }
      }
    }
    CliTest.Run bad = CliTest.run("grade", "--enabled-only", "NO_SUCH_RULE", a.toString());
    assertEquals(2, bad.status());
    assertTrue(bad.err().contains("enabledOnly: unknown rule 'NO_SUCH_RULE'"), bad.err());
  }

  @Test
  void schemaPrintsThePublishedSchema() throws IOException {
    CliTest.Run r = CliTest.run("rubric", "schema");
    assertEquals(0, r.status(), r.err());
    assertEquals(JSON.readTree(Files.readString(Path.of("../docs/rubric.schema.json"), StandardCharsets.UTF_8)), JSON.readTree(r.out()));
  }
}
