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

/** {@code assay bench}: the report's shape in text and JSON, and bad input refused; never its timings. */
class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void reportsEveryFigureAsJsonForTheBundledAnswers() throws IOException {
    CliTest.Run r = CliTest.run("bench", "--warmup", "0", "--seconds", "0", "--threads", "2", "--json");
    assertEquals(0, r.status(), r.err());
    JsonNode j = JSON.readTree(r.out());
    assertEquals("calibration", j.path("input").path("source").asText());
    assertEquals(24, j.path("input").path("answers").asInt());
    assertTrue(j.path("input").path("meanWords").asInt() > 100, r.out());
    assertTrue(j.path("input").path("concepts").asInt() > 50, r.out());
    for (String task : new String[] {"grading", "floor", "regex"}) {
      JsonNode t = j.path(task);
      assertTrue(t.path("calls").asInt() >= 24, task + " ran every answer at least once: " + t);
      assertTrue(t.path("p50Ms").asDouble() > 0 && t.path("p99Ms").asDouble() >= t.path("p50Ms").asDouble(), task + ": " + t);
      assertTrue(t.path("maxMs").asDouble() >= t.path("p99Ms").asDouble(), task + ": " + t);
      assertTrue(t.path("cpuMeanMs").asDouble() > 0, task + " CPU time: " + t);
    }
    assertTrue(j.path("ratios").path("gradingToFloor").asDouble() > 0, r.out());
    assertTrue(j.path("ratios").path("regexToGrading").asDouble() > 0, r.out());
    assertEquals(2, j.path("throughput").path("threads").asInt());
    assertTrue(j.path("throughput").path("oneThread").asDouble() > 0, r.out());
    assertTrue(j.path("throughput").path("allThreads").asDouble() > 0, r.out());
    assertTrue(j.path("memory").path("heapUsedMb").asDouble() > 0, r.out());
    assertTrue(j.path("memory").path("heapMaxMb").asDouble() >= j.path("memory").path("heapUsedMb").asDouble(), r.out());
  }

  @Test
  void printsATextReportOfAJsonLinesFile() throws IOException {
    String answer = new String(BenchCommandTest.class.getResourceAsStream("/answer.md").readAllBytes(), StandardCharsets.UTF_8);
    String line = JSON.writeValueAsString(JSON.createObjectNode().put("answer", answer).put("promptId", "payment-fraud"));
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, line + "\n\n" + line + "\n", StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("bench", "--warmup", "0", "--seconds", "0", "--threads", "1", in.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("input        2 answers from " + in), r.out());
    for (String row : new String[] {"grading ", "analysis floor (Lucene)", "regex checklist", "ratios ", "throughput ", "memory "}) {
      assertTrue(r.out().contains(row), "missing " + row + " in\n" + r.out());
    }
  }

  @Test
  void refusesBadInputWithOneLineAndStatusTwo() throws IOException {
    Path missing = dir.resolve("none.jsonl");
    CliTest.Run none = CliTest.run("bench", missing.toString());
    assertEquals(2, none.status());
    assertTrue(none.err().contains("no such file"), none.err());

    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"answer\": \"fine\"}\n{\"answer\": 5}\n", StandardCharsets.UTF_8);
    CliTest.Run wrongType = CliTest.run("bench", bad.toString());
    assertEquals(2, wrongType.status());
    assertEquals(1, wrongType.err().strip().lines().count(), wrongType.err());
    assertTrue(wrongType.err().contains("line 2") && wrongType.err().contains("answer"), wrongType.err());

    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "{\"answer\": \"   \"}\n", StandardCharsets.UTF_8);
    CliTest.Run blank = CliTest.run("bench", empty.toString());
    assertEquals(2, blank.status());
    assertTrue(blank.err().contains("line 1") && blank.err().contains("answer"), blank.err());

    Path nothing = dir.resolve("nothing.jsonl");
    Files.writeString(nothing, "\n", StandardCharsets.UTF_8);
    assertEquals(2, CliTest.run("bench", nothing.toString()).status());

    Path binary = dir.resolve("bin.jsonl");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, '\n'});
    CliTest.Run notText = CliTest.run("bench", binary.toString());
    assertEquals(2, notText.status());
    assertTrue(notText.err().contains("UTF-8"), notText.err());

    CliTest.Run negative = CliTest.run("bench", "--seconds", "-1");
    assertEquals(2, negative.status());
    assertTrue(negative.err().contains("--seconds"), negative.err());
    assertEquals(2, CliTest.run("bench", "--threads", "0").status());
  }
}
