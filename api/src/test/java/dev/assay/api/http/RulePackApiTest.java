package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.api.Engines;
import dev.assay.api.auth.Role;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rule packs over HTTP: only admins load them, a loaded pack judges every grading and is named in
 * the evaluation, a pack that does not compile is refused with its file and line while grading goes
 * on, and a pack that loops or sleeps is stopped with the evaluation still answered.
 */
class RulePackApiTest {
  static final Path EXAMPLES = Path.of("..", "examples", "rule-packs");
  @RegisterExtension static final TestServer t = TestServer.start();

  /** The upload body of a pack folder: its pack.json and its DRL files. */
  static String body(Path dir) {
    try {
      ObjectNode n = Json.MAPPER.createObjectNode();
      n.set("manifest", Json.MAPPER.readTree(Files.readString(dir.resolve("pack.json"), StandardCharsets.UTF_8)));
      ObjectNode files = n.putObject("files");
      try (Stream<Path> list = Files.list(dir)) {
        for (Path p : list.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
          files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
      return n.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pack(String id, String limits, String criterion, String then) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    ObjectNode m = n.putObject("manifest");
    m.put("id", id);
    m.put("version", "1.0.0");
    m.putArray("criteria").add("requirements.constraints");
    if (!limits.isEmpty()) {
      try {
        m.set("limits", Json.MAPPER.readTree(limits));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    n.putObject("files").put(id + ".drl",
        "package packs." + id + ";\nimport dev.assay.engine.rules.Context;\nglobal dev.assay.engine.rules.Verdicts out;\n"
            + "rule \"" + id.toUpperCase(java.util.Locale.ROOT) + "_RULE\"\nwhen\n  $c : Context()\nthen\n  out.met(kcontext, \"" + criterion + "\", 0.9);\n" + then + "end\n");
    return n.toString();
  }

  static JsonNode grade(String answer, String prompt) {
    TestServer.Response r = t.post("/v1/evaluations", t.admin, TestServer.submission("answer", answer, "promptId", prompt));
    assertEquals(201, r.status(), r.toString());
    return r.json();
  }

  static JsonNode criterion(JsonNode evaluation, String id) {
    for (JsonNode step : evaluation.get("steps")) {
      for (JsonNode c : step.get("criteria")) {
        if (c.get("id").asText().equals(id)) {
          return c;
        }
      }
    }
    throw new AssertionError("no criterion " + id);
  }

  static String calibration(String file) throws IOException {
    return Files.readString(Path.of("..", "rules", "src", "test", "resources", "calibration", file), StandardCharsets.UTF_8);
  }

  @Test
  void onlyAdminsLoadOrRemovePacks() {
    String instructor = t.key(Role.INSTRUCTOR, List.of("c1"), null);
    String student = t.key(Role.STUDENT, List.of(), "s1");
    for (String key : List.of(instructor, student)) {
      TestServer.Response r = t.post("/v1/rule-packs", key, body(EXAMPLES.resolve("privacy")));
      assertEquals(403, r.status(), r.toString());
      assertEquals("application/problem+json", r.contentType());
      assertEquals(403, t.delete("/v1/rule-packs/privacy", key).status());
    }
    assertEquals(200, t.get("/v1/rule-packs", instructor).status());
    assertEquals(403, t.get("/v1/rule-packs", student).status());
  }

  @Test
  void aLoadedPackJudgesEveryGradingUntilItIsRemoved() throws IOException {
    String answer = calibration("cal-05.md");
    assertEquals("missing", criterion(grade(answer, "ad-click-prediction"), "requirements.constraints").get("status").asText());

    TestServer.Response loaded = t.post("/v1/rule-packs", t.admin, body(EXAMPLES.resolve("privacy")));
    assertEquals(201, loaded.status(), loaded.toString());
    assertEquals("/v1/rule-packs/privacy", loaded.header("Location"));
    assertEquals("[\"PRIVACY_PERSONAL_DATA_UNGUARDED\",\"PRIVACY_SAFEGUARD_STATED\"]", loaded.json().get("rules").toString());
    assertTrue(Files.isRegularFile(t.data.resolve("rule-packs/privacy/pack.json")), "kept under the data directory");
    assertTrue(Files.isRegularFile(t.data.resolve("rule-packs/privacy/privacy.drl")));

    JsonNode e = grade(answer, "ad-click-prediction");
    assertEquals("violated", criterion(e, "requirements.constraints").get("status").asText());
    assertEquals("[\"PRIVACY_PERSONAL_DATA_UNGUARDED\"]", criterion(e, "requirements.constraints").get("rules").toString());
    assertEquals("[{\"id\":\"privacy\",\"version\":\"1.0.0\"}]", e.get("rulePacks").toString());
    assertEquals("[]", e.get("packFailures").toString());
    assertEquals("privacy", t.get("/v1/rule-packs", t.admin).json().get("rulePacks").get(0).get("id").asText());

    assertEquals(204, t.delete("/v1/rule-packs/privacy", t.admin).status());
    assertFalse(Files.exists(t.data.resolve("rule-packs/privacy")));
    assertEquals(404, t.delete("/v1/rule-packs/privacy", t.admin).status());
    JsonNode after = grade(answer, "ad-click-prediction");
    assertEquals("missing", criterion(after, "requirements.constraints").get("status").asText());
    assertEquals("[]", after.get("rulePacks").toString());
  }

  @Test
  void aPackThatDoesNotCompileIsRefusedWithFileAndLineAndGradingGoesOn() {
    ObjectNode n = (ObjectNode) Json.MAPPER.valueToTree(readTree(pack("broken", "", "requirements.constraints", "")));
    ((ObjectNode) n.get("files")).put("broken.drl", "package p;\nglobal dev.assay.engine.rules.Verdicts out;\nrule \"BROKEN_RULE\"\nwhen\n  Context( words > )\nthen\nend\n");
    TestServer.Response r = t.post("/v1/rule-packs", t.admin, n.toString());
    assertEquals(422, r.status(), r.toString());
    assertEquals("application/problem+json", r.contentType());
    JsonNode err = r.json().get("errors").get(0);
    assertEquals("broken.drl", err.get("file").asText());
    assertEquals(5, err.get("line").asInt());
    assertTrue(r.json().get("detail").asText().contains("broken.drl:5:"), r.toString());
    assertEquals("[]", t.get("/v1/rule-packs", t.admin).json().get("rulePacks").toString(), "nothing loaded");
    assertEquals(201, t.post("/v1/evaluations", t.admin, TestServer.submission("answer", Answers.FRAUD)).status());
    assertEquals(200, t.get("/health", null).status());
  }

  @Test
  void refusesAMalformedUploadNamingTheField() {
    assertEquals("files", t.post("/v1/rule-packs", t.admin, "{\"manifest\": {}}").json().get("field").asText());
    assertEquals("extra", t.post("/v1/rule-packs", t.admin, "{\"manifest\": {}, \"files\": {}, \"extra\": 1}").json().get("field").asText());
    TestServer.Response r = t.post("/v1/rule-packs", t.admin, "{\"manifest\": {\"id\": \"x\"}, \"files\": {}}");
    assertEquals(422, r.status(), r.toString());
    List<String> messages = new ArrayList<>();
    r.json().get("errors").forEach(e -> messages.add(e.get("message").asText()));
    assertTrue(messages.contains("version: missing"), messages.toString());
    assertTrue(messages.contains("no DRL files: a pack holds at least one *.drl file"), messages.toString());
  }

  @Test
  void packsThatLoopSleepOrJudgeUndeclaredCriteriaAreStoppedAndTheEvaluationComesBack() {
    assertEquals(201, t.post("/v1/rule-packs", t.admin, pack("looping", "{\"maxFirings\": 100}", "requirements.constraints", "  update($c);\n")).status());
    assertEquals(201, t.post("/v1/rule-packs", t.admin, pack("sleepy", "{\"timeLimitMs\": 200}", "requirements.constraints", "  Thread.sleep(30000);\n")).status());
    assertEquals(201, t.post("/v1/rule-packs", t.admin, pack("sneaky", "", "data.split", "")).status());
    try {
      JsonNode e = grade(Answers.FRAUD, "payment-fraud");
      List<String> kinds = new ArrayList<>();
      e.get("packFailures").forEach(f -> kinds.add(f.get("pack").asText() + ":" + f.get("kind").asText()));
      assertEquals(List.of("looping:firing-limit", "sleepy:time-limit", "sneaky:undeclared-criterion"), kinds);
      assertEquals(3, e.get("rulePacks").size());
      String plain = dev.assay.engine.json.EvaluationJson.compact(Engines.shared().grade(new Submission(Answers.FRAUD, "payment-fraud", null, null, null, null, null, null, List.of())).steps());
      assertEquals(readTree(plain), e.get("steps"), "failed packs change no judgement");
    } finally {
      for (String id : List.of("looping", "sleepy", "sneaky")) {
        t.delete("/v1/rule-packs/" + id, t.admin);
      }
    }
  }

  @Test
  void packsOfTheServersFolderAndThoseKeptInTheDataDirectoryLoadAtStartAndBadOnesAreListed() throws IOException {
    Path folder = Files.createTempDirectory("assay-packs");
    Path data = Files.createTempDirectory("assay-packs-data");
    try {
      copy(EXAMPLES.resolve("privacy"), folder.resolve("privacy"));
      Path broken = Files.createDirectories(folder.resolve("broken"));
      Files.writeString(broken.resolve("pack.json"), "{\"id\": \"broken\", \"version\": \"1\", \"criteria\": [\"data.split\"]}");
      Files.writeString(broken.resolve("broken.drl"), "package b;\n\nrule \"BROKEN_RULE\"\nwhen\n  NoSuchFact()\nthen\nend\n");
      String admin = dev.assay.api.auth.KeyStore.open(data).create(Role.ADMIN, List.of(), null).secret();
      ServerConfig config = ServerConfig.builder(data).port(0).rulePacksDir(folder).build();
      try (AssayServer s = AssayServer.start(config, Engines.shared())) {
        assertEquals(1, s.warnings().size(), s.warnings().toString());
        assertTrue(s.warnings().get(0).startsWith("rule pack " + broken + " refused: broken.drl:5: "), s.warnings().toString());
        JsonNode list = packs(s, admin);
        assertEquals("privacy", list.get("rulePacks").get(0).get("id").asText());
        assertEquals(1, list.get("rulePacks").size());
        assertEquals(broken.toString(), list.get("refusedAtStart").get(0).get("origin").asText());
      }
      // A pack loaded over HTTP is kept and comes back after a restart, without the folder.
      Path kept = Files.createDirectories(data.resolve("rule-packs").resolve("privacy"));
      copy(EXAMPLES.resolve("privacy"), kept);
      try (AssayServer s = AssayServer.start(ServerConfig.builder(data).port(0).build(), Engines.shared())) {
        assertEquals(List.of(), s.warnings());
        assertEquals("privacy", packs(s, admin).get("rulePacks").get(0).get("id").asText());
      }
    } finally {
      delete(folder);
      delete(data);
    }
  }

  private static JsonNode packs(AssayServer s, String key) {
    java.net.http.HttpRequest r =
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + s.port() + "/v1/rule-packs")).header("Authorization", "Bearer " + key).build();
    TestServer.Response res = TestServer.send(r);
    assertEquals(200, res.status(), res.toString());
    return res.json();
  }

  private static JsonNode readTree(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> list = Files.list(from)) {
      for (Path p : list.toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
