package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.score.InvalidRubricException;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.RubricFiles;
import dev.assay.engine.score.RubricValidator;
import dev.assay.engine.score.RubricWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of rubric problem is reported with its JSON path and a reason, all of them at once. */
class RubricValidatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RubricValidator VALIDATOR = SharedEngine.ASSAY.validator();

  @TempDir Path dir;

  /** The default rubric as an instructor's copy would start. */
  static ObjectNode copy() {
    ObjectNode r = RubricWriter.toTree(SharedEngine.ASSAY.rubric(null));
    r.put("id", "ml-course");
    return r;
  }

  static ObjectNode criterion(ObjectNode r, int i) {
    return (ObjectNode) r.get("criteria").get(i);
  }

  static ObjectNode custom(ObjectNode r, String id, String step, String query) {
    ObjectNode c = ((ArrayNode) r.get("criteria")).addObject();
    c.put("id", id);
    c.put("step", step);
    c.putObject("match").put("query", query);
    return c;
  }

  static ObjectNode exemplarScorer(ObjectNode r) {
    custom(r, "custom.covers", "evaluation", "pr auc");
    ObjectNode u = r.putArray("scorers").addObject();
    u.put("scorer", "exemplar-similarity");
    u.put("criterion", "custom.covers");
    u.putObject("params").putArray("exemplars").add("Report PR-AUC and recall at a fixed false positive rate.");
    return u;
  }

  static Stream<Arguments> problems() {
    return Stream.<Arguments>of(
        Arguments.of("an unknown built-in id", (Consumer<ObjectNode>) r -> criterion(r, 3).put("id", "requirements.latency"),
            "$.criteria[3].id", "unknown criterion 'requirements.latency'"),
        Arguments.of("a duplicate id", (Consumer<ObjectNode>) r -> criterion(r, 1).put("id", "requirements.business-objective"),
            "$.criteria[1].id", "duplicate criterion 'requirements.business-objective', first at $.criteria[0]"),
        Arguments.of("a built-in criterion moved to another step", (Consumer<ObjectNode>) r -> criterion(r, 14).put("step", "model"),
            "$.criteria[14].step", "belongs to step 'data'"),
        Arguments.of("a query on a built-in criterion", (Consumer<ObjectNode>) r -> criterion(r, 0).putObject("match").put("query", "revenue"),
            "$.criteria[0].match", "only custom criteria"),
        Arguments.of("a custom criterion without a step", (Consumer<ObjectNode>) r -> custom(r, "custom.gdpr", "data", "gdpr").remove("step"),
            "$.criteria[34].step", "needs the step"),
        Arguments.of("a malformed custom id", (Consumer<ObjectNode>) r -> custom(r, "custom.Uses_GDPR", "requirements", "gdpr"),
            "$.criteria[34].id", "malformed custom criterion id"),
        Arguments.of("a custom criterion nothing judges", (Consumer<ObjectNode>) r -> custom(r, "custom.gdpr", "data", "gdpr").remove("match"),
            "$.criteria[34]", "no match query and no scorer"),
        Arguments.of("a query that does not parse", (Consumer<ObjectNode>) r -> custom(r, "custom.gdpr", "requirements", "gdpr AND ("),
            "$.criteria[34].match.query", "bad query: Cannot parse"),
        Arguments.of("a query naming an unknown concept", (Consumer<ObjectNode>) r -> custom(r, "custom.gdpr", "requirements", "concept:req.gdpr"),
            "$.criteria[34].match.query", "unknown concept 'req.gdpr'"),
        Arguments.of("a query too complex to run", (Consumer<ObjectNode>) r -> custom(r, "custom.gdpr", "requirements", "/(a|b)*a(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)(a|b)/"),
            "$.criteria[34].match.query", "bad query"),
        Arguments.of("a query on an unknown field", (Consumer<ObjectNode>) r -> custom(r, "custom.gdpr", "requirements", "title:gdpr"),
            "$.criteria[34].match.query", "unknown field 'title'"),
        Arguments.of("an unknown technique", (Consumer<ObjectNode>) r -> {
              ObjectNode m = (ObjectNode) custom(r, "custom.tt", "model", "\"two tower\"").get("match");
              m.putArray("metWhen").add("technique");
              m.putArray("techniques").add("model.bert");
            }, "$.criteria[34].match.techniques[0]", "unknown concept or tag 'model.bert'"),
        Arguments.of("techniques without metWhen technique", (Consumer<ObjectNode>) r ->
                ((ObjectNode) custom(r, "custom.tt", "model", "\"two tower\"").get("match")).putArray("techniques").add("tag:latency-technique"),
            "$.criteria[34].match.techniques", "only with metWhen \"technique\""),
        Arguments.of("an unknown metWhen", (Consumer<ObjectNode>) r ->
                ((ObjectNode) custom(r, "custom.tt", "model", "\"two tower\"").get("match")).putArray("metWhen").add("colour"),
            "$.criteria[34].match.metWhen[0]", "enumeration"),
        Arguments.of("step weights that do not add up", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("steps")).put("model", 25),
            "$.steps", "add up to 107, not 100"),
        Arguments.of("a step with points and no criterion", (Consumer<ObjectNode>) r -> {
              for (JsonNode c : r.get("criteria")) {
                if (c.get("id").asText().startsWith("monitoring.")) {
                  ((ObjectNode) c).put("enabled", false);
                }
              }
            }, "$.steps.monitoring", "no enabled criterion"),
        Arguments.of("a weight of the wrong type", (Consumer<ObjectNode>) r -> criterion(r, 0).put("weight", "high"),
            "$.criteria[0].weight", "string found, number expected"),
        Arguments.of("an unknown field", (Consumer<ObjectNode>) r -> criterion(r, 2).put("points", 3),
            "$.criteria[2].points", "unknown field"),
        Arguments.of("a missing required field", (Consumer<ObjectNode>) r -> r.remove("version"),
            "$.version", "required field missing"),
        Arguments.of("an unknown problem type", (Consumer<ObjectNode>) r -> criterion(r, 0).putArray("appliesTo").add("astrology"),
            "$.criteria[0].appliesTo[0]", "enumeration"),
        Arguments.of("grade bands that leave low totals ungraded", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("gradeBands").get(0)).put("min", 10),
            "$.gradeBands", "must start at 0"),
        Arguments.of("grades out of order", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("gradeBands").get(3)).put("min", 50),
            "$.gradeBands[2].grade", "higher totals must get higher grades"),
        Arguments.of("a cap to a grade no band has", (Consumer<ObjectNode>) r -> ((ObjectNode) r.get("violationCaps")).put("1", 7),
            "$.violationCaps['1']", "no grade band has"),
        Arguments.of("an unknown scorer", (Consumer<ObjectNode>) r -> exemplarScorer(r).put("scorer", "bert-score"),
            "$.scorers[0].scorer", "unknown scorer 'bert-score'; known: [exemplar-similarity]"),
        Arguments.of("a scorer judging a criterion the rubric lacks", (Consumer<ObjectNode>) r -> exemplarScorer(r).put("criterion", "custom.nope"),
            "$.scorers[0].criterion", "not a criterion of this rubric"),
        Arguments.of("an unknown scorer parameter", (Consumer<ObjectNode>) r -> ((ObjectNode) exemplarScorer(r).get("params")).put("treshold", 0.3),
            "$.scorers[0].params.treshold", "unknown parameter of scorer 'exemplar-similarity'"),
        Arguments.of("a scorer parameter of the wrong type", (Consumer<ObjectNode>) r -> ((ObjectNode) exemplarScorer(r).get("params")).put("met", "most"),
            "$.scorers[0].params.met", "expected a number"),
        Arguments.of("a scorer parameter the scorer refuses", (Consumer<ObjectNode>) r -> ((ObjectNode) exemplarScorer(r).get("params")).put("met", 1.5),
            "$.scorers[0].params.met", "expected a share"),
        Arguments.of("a model answer file over HTTP", (Consumer<ObjectNode>) r ->
                ((ObjectNode) exemplarScorer(r).get("params")).putArray("exemplarFiles").add("model.md"),
            "$.scorers[0].params.exemplarFiles[0]", "did not come from a file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void reportsEachKindOfProblemAtItsPath(String what, Consumer<ObjectNode> breakIt, String path, String reason) {
    ObjectNode r = copy();
    breakIt.accept(r);
    List<RubricValidator.Problem> problems = VALIDATOR.validate(r, RubricFiles.none());
    assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.reason().contains(reason)),
        what + ": expected " + path + ": ..." + reason + "..., got " + problems);
    InvalidRubricException e = assertThrows(InvalidRubricException.class, () -> VALIDATOR.read(r, RubricFiles.none()));
    assertEquals(problems, e.problems());
  }

  @Test
  void reportsEveryProblemAtOnce() {
    ObjectNode r = copy();
    criterion(r, 3).put("id", "requirements.latency");
    ((ObjectNode) r.get("steps")).put("model", 25);
    custom(r, "custom.gdpr", "requirements", "gdpr AND (");
    List<String> paths = VALIDATOR.validate(r, RubricFiles.none()).stream().map(RubricValidator.Problem::path).toList();
    assertEquals(java.util.Set.of("$.criteria[3].id", "$.criteria[34].match.query", "$.steps"), java.util.Set.copyOf(paths));
    assertEquals(3, paths.size(), paths.toString());
  }

  @Test
  void reportsTextThatIsNotJsonAtTheRoot() {
    List<RubricValidator.Problem> problems = VALIDATOR.validate("{\"id\": \"x\",", RubricFiles.none());
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("$", problems.get(0).path());
    assertTrue(problems.get(0).reason().startsWith("not valid JSON at line 1"), problems.toString());
    assertEquals("$", VALIDATOR.validate("[1, 2]", RubricFiles.none()).get(0).path());
  }

  @Test
  void acceptsTheDefaultRubricAndReadsItBackEqual() {
    Rubric builtIn = SharedEngine.ASSAY.rubric(null);
    ObjectNode tree = RubricWriter.toTree(builtIn);
    assertEquals(List.of(), VALIDATOR.validate(tree, RubricFiles.none()));
    assertEquals(builtIn, VALIDATOR.read(tree, RubricFiles.none()));
  }

  @Test
  void readsModelAnswersFromFilesBesideTheRubricButNotOutsideIt() throws Exception {
    ObjectNode r = copy();
    ((ObjectNode) exemplarScorer(r).get("params")).putArray("exemplarFiles").add("model.md").add("../secret.md");
    Files.writeString(dir.resolve("model.md"), "Report PR-AUC and recall at a fixed false positive rate.", StandardCharsets.UTF_8);
    List<RubricValidator.Problem> problems = VALIDATOR.validate(r, RubricFiles.in(dir));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("$.scorers[0].params.exemplarFiles[1]", problems.get(0).path());
    assertTrue(problems.get(0).reason().contains("outside the rubric's folder"), problems.toString());
    ((ArrayNode) r.get("scorers").get(0).get("params").get("exemplarFiles")).remove(1);
    assertEquals(1, VALIDATOR.read(r, RubricFiles.in(dir)).scorers().size());
  }

  @Test
  void theWalkthroughsExampleRubricIsValid() throws Exception {
    Path example = Path.of("../docs/examples/ml-course.json");
    String text = Files.readString(example, StandardCharsets.UTF_8);
    assertEquals(List.of(), VALIDATOR.validate(text, RubricFiles.in(example.toAbsolutePath().getParent())));
  }

  @Test
  void thePublishedSchemaNamesEveryFieldTheReaderReads() throws Exception {
    JsonNode schema = JSON.readTree(RubricValidator.schemaText());
    assertEquals(JSON.readTree(Files.readString(Path.of("../docs/rubric.schema.json"), StandardCharsets.UTF_8)), schema,
        "the schema the validator uses is docs/rubric.schema.json");
    ObjectNode full = copy();
    exemplarScorer(full);
    ObjectNode c = (ObjectNode) full.get("criteria").get(34);
    c.put("title", "t").put("core", true).put("weight", 1).put("enabled", true).putArray("appliesTo").add("all");
    c.putObject("feedback").put("missing", "m").put("partial", "p").put("suggestion", "s");
    ((ObjectNode) c.get("match")).putArray("metWhen").add("technique");
    ((ObjectNode) c.get("match")).putArray("techniques").add("tag:latency-technique");
    full.put("coreWeight", 2).put("nonCoreWeight", 1).put("$schema", "rubric.schema.json");
    assertEquals(List.of(), VALIDATOR.validate(full, RubricFiles.none()), "a rubric using every field is valid");
  }
}
