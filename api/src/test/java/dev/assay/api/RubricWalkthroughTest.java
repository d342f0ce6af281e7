package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.Role;
import dev.assay.api.http.AssayServer;
import dev.assay.api.http.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walkthrough "Rule packs, rubric versions and dry runs", step by step with the same
 * answers, pack and rubric edits, checking the figures the README shows.
 */
class RubricWalkthroughTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final Path CALIBRATION = Path.of("..", "rules", "src", "test", "resources", "calibration");
  static final Path PRIVACY = Path.of("..", "examples", "rule-packs", "privacy");

  @TempDir Path dir;
  int port;

  record Res(int status, JsonNode json, String body) {}

  Res send(String method, String path, String key, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + key);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode json = r.body().startsWith("{") ? JSON.readTree(r.body()) : null;
    return new Res(r.statusCode(), json, r.body());
  }

  /** What jq builds from the pack folder: {manifest: pack.json, files: {"privacy.drl": text}}. */
  static String packBody(String drl) throws IOException {
    ObjectNode n = JSON.createObjectNode();
    n.set("manifest", JSON.readTree(Files.readString(PRIVACY.resolve("pack.json"), StandardCharsets.UTF_8)));
    n.putObject("files").put("privacy.drl", drl);
    return n.toString();
  }

  /** jq '.id = "course-x" | .version = "1.0.0" | .steps.requirements = 20 | .steps.monitoring = 5' on the default rubric. */
  static ObjectNode courseX() throws IOException {
    try (InputStream in = RubricWalkthroughTest.class.getResourceAsStream("/dev/assay/rules/rubric-mlsd-default.json")) {
      ObjectNode r = (ObjectNode) JSON.readTree(in);
      r.put("id", "course-x").put("version", "1.0.0");
      ((ObjectNode) r.get("steps")).put("requirements", 20).put("monitoring", 5);
      return r;
    }
  }

  @Test
  void theWalkthroughWorksAsWritten() throws Exception {
    Path data = dir.resolve("assay-data");
    String admin = KeyStore.open(data).create(Role.ADMIN, List.of(), null).secret();
    String key = KeyStore.open(data).create(Role.INSTRUCTOR, List.of("fall-24"), null).secret();
    String drl = Files.readString(PRIVACY.resolve("privacy.drl"), StandardCharsets.UTF_8);
    try (AssayServer server = AssayServer.start(ServerConfig.builder(data).port(0).build(), Engines.shared())) {
      port = server.port();
      String[][] cohort = {{"cal-01.md", "ada", "payment-fraud", "91.0"}, {"cal-05.md", "cand-05", "ad-click-prediction", "66.4"},
        {"cal-19.md", "cand-19", "ad-click-prediction", "83.0"}};
      for (String[] c : cohort) {
        ObjectNode s = JSON.createObjectNode().put("answer", Files.readString(CALIBRATION.resolve(c[0]), StandardCharsets.UTF_8))
            .put("candidateId", c[1]).put("promptId", c[2]);
        Res r = send("POST", "/v1/evaluations", key, s.toString());
        assertEquals(201, r.status(), r.body());
        assertEquals(Double.parseDouble(c[3]), r.json().path("score").path("total").asDouble(), c[1]);
        assertEquals("mlsd-default", r.json().path("rubric").path("id").asText());
      }

      Res loaded = send("POST", "/v1/rule-packs", admin, packBody(drl));
      assertEquals(201, loaded.status(), loaded.body());
      assertEquals("[\"PRIVACY_PERSONAL_DATA_UNGUARDED\",\"PRIVACY_SAFEGUARD_STATED\"]", loaded.json().path("rules").toString());
      assertEquals(403, send("POST", "/v1/rule-packs", key, packBody(drl)).status());
      Res broken = send("POST", "/v1/rule-packs", admin, packBody(drl.replaceFirst("not Mention", "not Mention(")));
      assertEquals(422, broken.status());
      assertEquals("{\"file\":\"privacy.drl\",\"line\":33,\"column\":24,\"message\":\"mismatched input ',' in rule \\\"PRIVACY_PERSONAL_DATA_UNGUARDED\\\"\"}",
          broken.json().path("errors").get(0).toString());

      Res dry = send("POST", "/v1/rubrics/course-x/dry-run?cohortId=fall-24", key, courseX().toString());
      assertEquals(200, dry.status(), dry.body());
      assertEquals("{\"candidates\":3,\"scoreChanged\":3,\"gradeChanged\":0,\"criteriaChanged\":1,\"failed\":0,\"stored\":0}", dry.json().path("summary").toString());
      JsonNode c05 = dry.json().path("candidates").get(1);
      assertEquals("cand-05", c05.path("candidateId").asText());
      assertEquals(65.8, c05.path("after").path("total").asDouble());
      assertEquals("[{\"criterion\":\"requirements.constraints\",\"before\":\"missing\",\"after\":\"violated\"}]", c05.path("changed").toString());
      assertEquals(90.5, dry.json().path("candidates").get(0).path("after").path("total").asDouble());
      assertEquals(84.0, dry.json().path("candidates").get(2).path("after").path("total").asDouble());

      Res applied = send("POST", "/v1/rubrics/course-x/regrade?cohortId=fall-24", key, courseX().toString());
      assertEquals(3, applied.json().path("summary").path("stored").asInt(), applied.body());
      String gradebook = send("GET", "/v1/cohorts/fall-24/gradebook.csv", key, null).body();
      assertTrue(gradebook.contains("\nada,") && gradebook.contains(",90.50,4,strong hire,"), gradebook);
      JsonNode versions = send("GET", "/v1/rubrics/course-x/versions", key, null).json().path("versions");
      assertEquals(1, versions.size());
      assertEquals("1.0.0", versions.get(0).path("version").asText());
      assertTrue(versions.get(0).path("latest").asBoolean());
      ObjectNode changed = courseX();
      ((ObjectNode) changed.get("steps")).put("requirements", 25).put("framing", 7);
      Res conflict = send("POST", "/v1/rubrics", key, changed.toString());
      assertEquals(409, conflict.status());
    }

    ObjectNode next = courseX();
    next.put("version", "1.1.0");
    ((ObjectNode) next.get("steps")).put("requirements", 25).put("framing", 7);
    Path file = dir.resolve("course-x-1.1.json");
    Files.writeString(file, next.toString(), StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", file.toString(), "--dry-run");
    assertEquals(0, r.status(), r.err());
    assertEquals(
        """
        Dry run: re-grading cohort fall-24 with rubric course-x 1.1.0 and rule packs privacy 1.0.0
          ada           90.5 grade 4 ->  90.1 grade 4   (was course-x 1.0.0)
          cand-05       65.8 grade 3 ->  64.6 grade 3   (was course-x 1.0.0)
          cand-19       84.0 grade 4 ->  84.3 grade 4   (was course-x 1.0.0)
        3 candidates: 3 scores changed, 0 grades changed, 0 with criteria changed, 0 failed; nothing stored (dry run)
        """,
        r.out());
    CliTest.Run apply = CliTest.run("regrade", "--data", data.toString(), "--cohort", "fall-24", "--rubric", file.toString());
    assertTrue(apply.out().endsWith("3 new evaluations stored\n"), apply.out());
    assertTrue(Files.isRegularFile(data.resolve("rubrics/course-x/1.0.0.json")) && Files.isRegularFile(data.resolve("rubrics/course-x/1.1.0.json")));
  }
}
