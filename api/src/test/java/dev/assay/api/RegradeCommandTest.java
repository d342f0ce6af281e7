package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.store.EvaluationStore;
import dev.assay.api.store.NewEvaluation;
import dev.assay.api.store.StoredAnswer;
import dev.assay.api.store.StoredAnswers;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay regrade}: a dry run reports and stores nothing; without it the rubric and new evaluations are stored. */
class RegradeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path CALIBRATION = Path.of("..", "rules", "src", "test", "resources", "calibration");

  @TempDir Path dir;

  /** A data directory holding a cohort of three candidates graded with the default rubric. */
  private Path data() throws IOException {
    Path data = dir.resolve("data");
    try (EvaluationStore store = EvaluationStore.open(data)) {
      String[][] cohort = {{"ada", "cal-01.md", "payment-fraud"}, {"cand-05", "cal-05.md", "ad-click-prediction"}, {"cand-19", "cal-19.md", "ad-click-prediction"}};
      int n = 0;
      for (String[] c : cohort) {
        Submission s = new Submission(Files.readString(CALIBRATION.resolve(c[1]), StandardCharsets.UTF_8), c[2], null, null, null, c[0], "fall-24", null, List.of());
        store.add(new NewEvaluation("ev_test" + n++, Instant.now(), s, Engines.shared().grade(s), null)).join();
      }
    }
    return data;
  }

  /** The default rubric as course-x 1.1.0, with requirements worth 20 and monitoring 5. */
  private Path courseX() throws IOException {
    try (InputStream in = RegradeCommandTest.class.getResourceAsStream("/dev/assay/rules/rubric-mlsd-default.json")) {
      ObjectNode r = (ObjectNode) JSON.readTree(in);
      r.put("id", "course-x").put("version", "1.1.0");
      ((ObjectNode) r.get("steps")).put("requirements", 20).put("monitoring", 5);
      Path p = dir.resolve("course-x.json");
      Files.writeString(p, r.toString(), StandardCharsets.UTF_8);
      return p;
    }
  }

  private static List<StoredAnswer> stored(Path data) {
    try (EvaluationStore store = EvaluationStore.open(data)) {
      return StoredAnswers.latestInCohort(store, "fall-24");
    }
  }

  @Test
  void aDryRunReportsEveryCandidateAndStoresNothing() throws IOException {
    Path data = data();
    CliTest.Run r = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", courseX().toString(), "--dry-run", "--rule-packs",
        Path.of("..", "examples", "rule-packs").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    String out = r.out();
    assertTrue(out.startsWith("Dry run: re-grading cohort fall-24 with rubric course-x 1.1.0 and rule packs privacy 1.0.0\n"), out);
    assertTrue(out.contains("  cand-05       66.4 grade 3 -> "), out);
    assertTrue(out.contains("requirements.constraints           missing -> violated"), out);
    assertTrue(out.endsWith("3 candidates: 3 scores changed, 0 grades changed, 1 with criteria changed, 0 failed; nothing stored (dry run)\n"), out);
    assertEquals(List.of("ev_test0", "ev_test1", "ev_test2"), stored(data).stream().map(StoredAnswer::id).toList());
    assertTrue(!Files.exists(data.resolve("rubrics")), "the rubric is not stored by a dry run");
  }

  @Test
  void withoutDryRunItStoresTheRubricVersionAndTheNewEvaluations() throws IOException {
    Path data = data();
    CliTest.Run r = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", courseX().toString(), "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(false, report.path("dryRun").asBoolean());
    assertEquals(3, report.path("summary").path("stored").asInt());
    assertTrue(Files.isRegularFile(data.resolve("rubrics/course-x/1.1.0.json")));
    List<StoredAnswer> latest = stored(data);
    assertEquals(3, latest.size());
    for (StoredAnswer a : latest) {
      assertTrue(a.evaluationJson().contains("\"rubric\":{\"id\":\"course-x\",\"version\":\"1.1.0\"}"), a.evaluationJson());
      assertEquals("course-x", a.submission().rubricId());
    }
    CliTest.Run byId = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", "course-x", "--dry-run");
    assertEquals(0, byId.status(), byId.err());
    assertTrue(byId.out().contains("0 scores changed"), byId.out());
  }

  @Test
  void refusesABadRubricAndADataDirectoryInUseInOneLine() throws IOException {
    Path data = data();
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"id\": \"Bad Id\", \"version\": \"1\"}", StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", bad.toString(), "--dry-run");
    assertEquals(2, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("$.id"), r.err());
    CliTest.Run unknown = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", "no-such-rubric", "--dry-run");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("neither a file nor a stored or built-in rubric id"), unknown.err());
    try (EvaluationStore held = EvaluationStore.open(data)) {
      CliTest.Run busy = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", courseX().toString());
      assertEquals(2, busy.status());
      assertTrue(busy.err().contains("in use by another process: stop the server first"), busy.err());
      assertTrue(held.healthy());
    }
  }
}
