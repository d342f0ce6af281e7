package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit statuses, one-line errors, and exactly the contract's JSON. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** What a command printed and how it exited. */
  record Run(int status, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String answer() throws IOException {
    return new String(CliTest.class.getResourceAsStream("/answer.md").readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void gradesAFileAsContractJson() throws IOException {
    Run r = run("grade", "--prompt", "payment-fraud", write("a.md", answer()).toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    JsonNode e = JSON.readTree(r.out());
    for (String field : new String[] {"engine", "rubric", "prompt", "score", "steps", "findings", "facts"}) {
      assertTrue(e.has(field), "missing " + field);
    }
    assertEquals("payment-fraud", e.path("prompt").path("id").asText());
    assertEquals(7, e.path("steps").size());
    assertEquals("requirements", e.path("steps").get(0).path("step").asText());
    int grade = e.path("score").path("grade").asInt();
    assertTrue(grade >= 1 && grade <= 4);
  }

  @Test
  void printsATextReportWithStepsAndQuotedFindings() throws IOException {
    Run r = run("grade", "--prompt", "payment-fraud", "--format", "text", write("a.md", answer()).toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Score "), r.out());
    assertTrue(r.out().contains("evaluation"), r.out());
    assertTrue(r.out().contains("Findings"), r.out());
  }

  @Test
  void printsMarkdown() throws IOException {
    Run r = run("grade", "--prompt", "payment-fraud", "--format", "markdown", write("a.md", answer()).toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("# Assay evaluation"), r.out());
  }

  @Test
  void refusesAnEmptyAnswerWithOneLineAndStatusTwo() throws IOException {
    Run r = run("grade", write("empty.md", "  \n ").toString());
    assertEquals(2, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("answer"), r.err());
  }

  @Test
  void refusesAnAnswerOverTheLimit() throws IOException {
    Run r = run("grade", write("long.md", "word ".repeat(25_000)).toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("100000"), r.err());
  }

  @Test
  void refusesABinaryFile() throws IOException {
    Path p = dir.resolve("bin.md");
    Files.write(p, new byte[] {1, 2, 0, 3, (byte) 0xff});
    Run r = run("grade", p.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("not a text file"), r.err());
  }

  @Test
  void refusesAnUnknownPromptAndProblemType() throws IOException {
    Path a = write("a.md", answer());
    Run prompt = run("grade", "--prompt", "no-such-prompt", a.toString());
    assertEquals(2, prompt.status());
    assertTrue(prompt.err().contains("promptId"), prompt.err());
    Run type = run("grade", "--problem-type", "astrology", a.toString());
    assertEquals(2, type.status());
    assertTrue(type.err().contains("problemType"), type.err());
  }

  @Test
  void refusesAMissingFile() {
    Run r = run("grade", dir.resolve("nope.md").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void gradeBatchKeepsOrderAndReportsBadLinesWithoutStopping() throws IOException {
    String good = JSON.writeValueAsString(JSON.createObjectNode().put("answer", answer()).put("promptId", "payment-fraud"));
    Path in = write("in.jsonl", good + "\n{not json\n" + "{\"answer\": 5}\n" + "{\"answer\": \"x\", \"colour\": \"red\"}\n" + good + "\n");
    Run r = run("grade-batch", in.toString());
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(5, lines.length);
    assertTrue(JSON.readTree(lines[0]).has("score"));
    assertEquals(2, JSON.readTree(lines[1]).path("line").asInt());
    assertEquals("answer", JSON.readTree(lines[2]).path("error").path("field").asText());
    assertEquals("colour", JSON.readTree(lines[3]).path("error").path("field").asText());
    assertTrue(JSON.readTree(lines[4]).has("score"));
    assertEquals(lines[0], lines[4], "same submission, same evaluation");
  }

  @Test
  void calibrateReportsAgreementAsJson() throws IOException {
    Path labels = dir.resolve("labels.json");
    Files.writeString(dir.resolve("a.md"), answer(), StandardCharsets.UTF_8);
    Files.writeString(labels, "{\"answers\": [{\"file\": \"a.md\", \"promptId\": \"payment-fraud\", \"problemType\": \"fraud\", \"grade\": 3,"
        + " \"criteria\": {\"evaluation.metric-fit\": \"met\"}, \"evidence\": {}}]}", StandardCharsets.UTF_8);
    Run r = run("calibrate", "--json", labels.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(1, report.path("answers").asInt());
    assertTrue(report.has("statusAgreement") && report.has("gradeQwk") && report.has("violatedRecall"));
  }

  @Test
  void calibrateRefusesAMissingLabelsFile() {
    Run r = run("calibrate", dir.resolve("none.json").toString());
    assertEquals(2, r.status());
  }
}
