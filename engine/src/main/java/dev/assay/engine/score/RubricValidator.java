package dev.assay.engine.score;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.assay.engine.concept.ConceptQueryParser;
import dev.assay.engine.concept.Lexicon;
import dev.assay.engine.model.Step;
import dev.assay.spi.InvalidParameterException;
import dev.assay.spi.Parameter;
import dev.assay.spi.Parameters;
import dev.assay.spi.PluginContext;
import dev.assay.spi.ScorerPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.queryparser.classic.ParseException;

/**
 * Checks a rubric and reports every problem in it, each with its JSON path ({@code
 * $.criteria[3].match.query}) and a reason, then reads it: first the structure, against the
 * published schema ({@code docs/rubric.schema.json}); then what a schema cannot say: criterion ids
 * that exist (built-in ones from spec/criteria.md, custom ones as {@code custom.<slug>}), step weights
 * that add up to the total, grade bands that cover the range, queries that parse against the
 * lexicon, plugin scorers that exist, with the parameters they declare and accept.
 *
 * <p>A validator is immutable and thread-safe.
 */
public final class RubricValidator {
  /**
   * One problem of a rubric.
   *
   * @param path where, as a JSON path: {@code $} is the whole rubric
   * @param reason what is wrong there
   */
  public record Problem(String path, String reason) {
    @Override
    public String toString() {
      return path + ": " + reason;
    }
  }

  /** The schema as a resource (the build copies it from docs/). */
  public static final String SCHEMA_RESOURCE = "/dev/assay/engine/score/rubric.schema.json";

  static final String CUSTOM_ID = "custom\\.[a-z0-9]+(-[a-z0-9]+)*";
  private static final double EPSILON = 1e-6;
  private static final Set<String> MET_WHEN_TECHNIQUE = Set.of("technique");

  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final JsonSchema SCHEMA = loadSchema();

  private final Map<String, Step> builtIn;
  private final Lexicon lexicon;
  private final ScorerRegistry scorers;

  /**
   * @param builtIn the built-in criterion ids, as the default rubric lists them, with their steps
   * @param lexicon the concepts queries may name
   * @param scorers the plugin scorers rubrics may use
   */
  public RubricValidator(Map<String, Step> builtIn, Lexicon lexicon, ScorerRegistry scorers) {
    this.builtIn = Map.copyOf(builtIn);
    this.lexicon = lexicon;
    this.scorers = scorers;
  }

  /** The published JSON schema's text. */
  public static String schemaText() {
    try (InputStream in = RubricValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + SCHEMA_RESOURCE + " missing from the build");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema loadSchema() {
    try {
      JsonNode schema = new ObjectMapper().readTree(schemaText());
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads JSON text as a tree, strictly: a duplicate field or trailing text is a problem at {@code $}. */
  public static JsonNode parseJson(String json) {
    try {
      JsonNode node = STRICT.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new InvalidRubricException(List.of(new Problem("$", "no JSON in it")));
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidRubricException(List.of(new Problem("$", "not valid JSON" + where + ": " + e.getOriginalMessage())));
    }
  }

  /** Every problem of a rubric in JSON text. */
  public List<Problem> validate(String json, PluginContext files) {
    try {
      return validate(parseJson(json), files);
    } catch (InvalidRubricException e) {
      return e.problems();
    }
  }

  /** Every problem of a rubric; empty when it can be used. */
  public List<Problem> validate(JsonNode root, PluginContext files) {
    List<Problem> problems = new ArrayList<>(structure(root));
    if (root.isObject()) {
      new Check(root, files, problems, null).run();
    }
    return List.copyOf(problems);
  }

  /** Reads a rubric from JSON text, with its plugin scorers prepared. */
  public Rubric read(String json, PluginContext files) {
    return read(parseJson(json), files);
  }

  /**
   * Reads a rubric, with its plugin scorers prepared.
   *
   * @throws InvalidRubricException listing every problem, when there is one
   */
  public Rubric read(JsonNode root, PluginContext files) {
    List<Problem> problems = new ArrayList<>(structure(root));
    List<Rubric.ScorerUse> prepared = new ArrayList<>();
    if (root.isObject()) {
      new Check(root, files, problems, prepared).run();
    }
    if (!problems.isEmpty()) {
      throw new InvalidRubricException(problems);
    }
    Rubric r = RubricReader.fromTree(root);
    return new Rubric(r.id(), r.version(), r.title(), r.stepWeights(), r.criteria(), r.bands(), r.caps(), prepared);
  }

  /** The schema's verdict, one problem per message, ordered by path. */
  private static List<Problem> structure(JsonNode root) {
    List<Problem> out = new ArrayList<>();
    for (ValidationMessage m : SCHEMA.validate(root)) {
      String path = m.getInstanceLocation().toString();
      String message = m.getMessage();
      String reason = message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message;
      if ("required".equals(m.getType()) && m.getProperty() != null) {
        path = child(path, m.getProperty());
        reason = "required field missing";
      } else if ("additionalProperties".equals(m.getType()) && m.getProperty() != null) {
        path = child(path, m.getProperty());
        reason = "unknown field (not in the rubric schema)";
      }
      out.add(new Problem(path, reason));
    }
    out.sort(Comparator.comparing(Problem::path).thenComparing(Problem::reason));
    return out;
  }

  private static String child(String path, String field) {
    return field.matches("[A-Za-z_][A-Za-z0-9_]*") ? path + "." + field : path + "['" + field.replace("'", "\\'") + "']";
  }

  /** The checks a schema cannot make, over one rubric. */
  private final class Check {
    private final JsonNode root;
    private final PluginContext files;
    private final List<Problem> problems;
    private final List<Rubric.ScorerUse> prepared;

    Check(JsonNode root, PluginContext files, List<Problem> problems, List<Rubric.ScorerUse> prepared) {
      this.root = root;
      this.files = files;
      this.problems = problems;
      this.prepared = prepared;
    }

    void problem(String path, String reason) {
      problems.add(new Problem(path, reason));
    }

    void run() {
      double total = root.path("total").isNumber() ? root.get("total").asDouble() : 100;
      Map<Step, Integer> enabledPerStep = new HashMap<>();
      Map<String, String> criterionPaths = new LinkedHashMap<>();
      Set<String> judgedByScorers = new LinkedHashSet<>();
      for (JsonNode u : root.path("scorers")) {
        if (u.path("criterion").isTextual()) {
          judgedByScorers.add(u.get("criterion").asText());
        }
      }
      JsonNode criteria = root.path("criteria");
      for (int i = 0; i < criteria.size(); i++) {
        criterion(criteria.get(i), "$.criteria[" + i + "]", criterionPaths, enabledPerStep, judgedByScorers);
      }
      steps(total, enabledPerStep);
      bands(total);
      JsonNode scorerUses = root.path("scorers");
      for (int i = 0; i < scorerUses.size(); i++) {
        scorer(scorerUses.get(i), "$.scorers[" + i + "]", criterionPaths.keySet());
      }
    }

    private void criterion(JsonNode c, String path, Map<String, String> seen, Map<Step, Integer> enabledPerStep, Set<String> judged) {
      if (!c.isObject() || !c.path("id").isTextual()) {
        return;
      }
      String id = c.get("id").asText();
      Step step = null;
      if (id.startsWith(Rubric.CUSTOM_PREFIX)) {
        if (!id.matches(CUSTOM_ID)) {
          problem(path + ".id", "malformed custom criterion id '" + id + "': custom.<slug>, the slug lower-case words joined by '-' (custom.uses-gdpr)");
        }
        if (!c.has("step")) {
          problem(path + ".step", "a custom criterion needs the step it belongs to");
        } else if (c.get("step").isTextual() && isStep(c.get("step").asText())) {
          step = Step.fromId(c.get("step").asText());
        }
        if (!c.has("match") && !judged.contains(id)) {
          problem(path, "custom criterion '" + id + "' has no match query and no scorer judges it, so it could never be met");
        }
      } else if (builtIn.containsKey(id)) {
        step = builtIn.get(id);
        if (c.path("step").isTextual() && !c.get("step").asText().equals(step.id())) {
          problem(path + ".step", "built-in criterion '" + id + "' belongs to step '" + step.id() + "'");
        }
        if (c.has("match")) {
          problem(path + ".match", "only custom criteria (custom.<slug>) take a match query; the rules judge '" + id + "'");
        }
      } else {
        problem(path + ".id", "unknown criterion '" + id + "': " + suggest(id) + "; your own criteria are custom.<slug>");
      }
      String first = seen.putIfAbsent(id, path);
      if (first != null) {
        problem(path + ".id", "duplicate criterion '" + id + "', first at " + first);
      }
      if (step != null && c.path("enabled").asBoolean(true)) {
        enabledPerStep.merge(step, 1, Integer::sum);
      }
      JsonNode match = c.path("match");
      if (match.isObject()) {
        match(match, path + ".match");
      }
    }

    private void match(JsonNode match, String path) {
      if (match.path("query").isTextual() && !match.get("query").asText().isBlank()) {
        try {
          ConceptQueryParser.parse(lexicon, match.get("query").asText());
        } catch (ParseException e) {
          problem(path + ".query", "bad query: " + firstLine(e.getMessage()));
        }
      }
      JsonNode techniques = match.path("techniques");
      if (techniques.isArray()) {
        boolean used = false;
        for (JsonNode w : match.path("metWhen")) {
          used |= MET_WHEN_TECHNIQUE.contains(w.asText());
        }
        if (!used) {
          problem(path + ".techniques", "techniques count only with metWhen \"technique\"");
        }
        for (int k = 0; k < techniques.size(); k++) {
          JsonNode t = techniques.get(k);
          if (t.isTextual() && !knownTechnique(t.asText())) {
            problem(path + ".techniques[" + k + "]", "unknown concept or tag '" + t.asText() + "': a lexicon concept id, or tag:TAG");
          }
        }
      }
    }

    /** The built-in ids of the step the unknown id names, or all steps' when it names none. */
    private String suggest(String id) {
      String prefix = id.contains(".") ? id.substring(0, id.indexOf('.') + 1) : "";
      TreeSet<String> same = new TreeSet<>();
      for (String known : builtIn.keySet()) {
        if (!prefix.isEmpty() && known.startsWith(prefix)) {
          same.add(known);
        }
      }
      return same.isEmpty()
          ? "built-in ids start with a step (" + String.join(", ", stepIds()) + ") as in spec/criteria.md"
          : "the built-in ones of that step are " + String.join(", ", same);
    }

    private boolean knownTechnique(String t) {
      if (t.startsWith("tag:")) {
        String tag = t.substring(4);
        return lexicon.concepts().stream().anyMatch(c -> c.tags().contains(tag));
      }
      return lexicon.concept(t).isPresent();
    }

    private void steps(double total, Map<Step, Integer> enabledPerStep) {
      JsonNode steps = root.path("steps");
      if (!steps.isObject()) {
        return;
      }
      double sum = 0;
      boolean complete = true;
      for (Step s : Step.values()) {
        JsonNode w = steps.get(s.id());
        if (w == null || !w.isNumber()) {
          complete = false;
          continue;
        }
        sum += w.asDouble();
        if (w.asDouble() > 0 && enabledPerStep.getOrDefault(s, 0) == 0 && root.path("criteria").isArray()) {
          problem("$.steps." + s.id(), "the step has " + fmt(w.asDouble()) + " points but no enabled criterion to earn them");
        }
      }
      if (complete && Math.abs(sum - total) > EPSILON) {
        problem("$.steps", "the step weights add up to " + fmt(sum) + ", not " + fmt(total)
            + (root.has("total") ? " (the rubric's total)" : " (the total; set \"total\" for another scale)"));
      }
    }

    private void bands(double total) {
      JsonNode bands = root.path("gradeBands");
      Map<Integer, String> grades = new LinkedHashMap<>();
      List<double[]> byMin = new ArrayList<>();
      for (int i = 0; i < bands.size(); i++) {
        JsonNode b = bands.get(i);
        String path = "$.gradeBands[" + i + "]";
        if (!b.path("grade").isInt() || !b.path("min").isNumber()) {
          continue;
        }
        int grade = b.get("grade").asInt();
        double min = b.get("min").asDouble();
        String first = grades.putIfAbsent(grade, path);
        if (first != null) {
          problem(path + ".grade", "grade " + grade + " has a band already, at " + first);
        }
        if (min > total + EPSILON) {
          problem(path + ".min", "starts at " + fmt(min) + ", above the total of " + fmt(total) + ": no answer could get it");
        }
        byMin.add(new double[] {min, grade, i});
      }
      if (byMin.isEmpty()) {
        return;
      }
      byMin.sort(Comparator.comparingDouble(a -> a[0]));
      if (byMin.get(0)[0] > EPSILON) {
        problem("$.gradeBands", "the lowest band starts at " + fmt(byMin.get(0)[0]) + ": a band must start at 0 so every total gets a grade");
      }
      for (int k = 1; k < byMin.size(); k++) {
        double[] lower = byMin.get(k - 1);
        double[] upper = byMin.get(k);
        String path = "$.gradeBands[" + (int) upper[2] + "]";
        if (Math.abs(upper[0] - lower[0]) < EPSILON) {
          problem(path + ".min", "two bands start at " + fmt(upper[0]));
        } else if (upper[1] <= lower[1]) {
          problem(path + ".grade", "grade " + (int) upper[1] + " starts at a higher total than grade " + (int) lower[1] + ": higher totals must get higher grades");
        }
      }
      for (Map.Entry<String, JsonNode> cap : root.path("violationCaps").properties()) {
        if (cap.getValue().isInt() && !grades.containsKey(cap.getValue().asInt())) {
          problem("$.violationCaps['" + cap.getKey() + "']", "caps at grade " + cap.getValue().asInt() + ", which no grade band has");
        }
      }
    }

    private void scorer(JsonNode u, String path, Set<String> criteria) {
      if (!u.isObject() || !u.path("scorer").isTextual()) {
        return;
      }
      String name = u.get("scorer").asText();
      Optional<ScorerPlugin> plugin = scorers.find(name);
      if (plugin.isEmpty()) {
        problem(path + ".scorer", "unknown scorer '" + name + "'; known: " + scorers.names()
            + (scorers.broken().isEmpty() ? "" : "; plugins that failed to load: " + scorers.broken()));
      }
      String criterion = u.path("criterion").asText("");
      if (u.path("criterion").isTextual() && !criteria.contains(criterion)) {
        problem(path + ".criterion", "judges '" + criterion + "', which is not a criterion of this rubric");
      }
      if (plugin.isEmpty()) {
        return;
      }
      JsonNode params = u.path("params");
      Map<String, Parameter> declared = new LinkedHashMap<>();
      try {
        plugin.get().parameters().forEach(p -> declared.put(p.name(), p));
      } catch (RuntimeException e) {
        problem(path + ".scorer", "scorer '" + name + "' failed to list its parameters: " + e);
        return;
      }
      int before = problems.size();
      Map<String, Object> values = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> p : params.properties()) {
        String ppath = path + ".params." + p.getKey();
        Parameter d = declared.get(p.getKey());
        if (d == null) {
          problem(ppath, "unknown parameter of scorer '" + name + "'; it takes " + declared.keySet());
          continue;
        }
        Object value = value(d, p.getValue());
        if (value == null) {
          problem(ppath, "expected " + describe(d.type()));
        } else {
          values.put(d.name(), value);
        }
      }
      for (Parameter d : declared.values()) {
        if (d.required() && !params.has(d.name())) {
          problem(path + ".params." + d.name(), "required parameter of scorer '" + name + "' missing: " + d.description());
        }
      }
      if (problems.size() > before || !u.path("criterion").isTextual()) {
        return;
      }
      try {
        ScorerPlugin.Prepared ready = plugin.get().prepare(criterion, new Parameters(values), files);
        if (ready == null) {
          problem(path + ".scorer", "scorer '" + name + "' prepared nothing");
        } else if (prepared != null) {
          prepared.add(new Rubric.ScorerUse(name, criterion, RubricReader.fromTreeParams(params), Optional.of(ready)));
        }
      } catch (InvalidParameterException e) {
        String ppath = path + ".params." + e.parameter() + (e.index() >= 0 ? "[" + e.index() + "]" : "");
        problem(ppath, e.getMessage());
      } catch (RuntimeException | LinkageError e) {
        problem(path + ".scorer", "scorer '" + name + "' failed to prepare: " + e);
      }
    }
  }

  /** A parameter's value as the SPI promises it, or null when the JSON has another type. */
  static Object value(Parameter d, JsonNode v) {
    switch (d.type()) {
      case STRING:
        return v.isTextual() ? v.asText() : null;
      case NUMBER:
        return v.isNumber() ? v.asDouble() : null;
      case BOOLEAN:
        return v.isBoolean() ? v.asBoolean() : null;
      case STRING_LIST:
        if (!v.isArray()) {
          return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
          if (!x.isTextual()) {
            return null;
          }
          out.add(x.asText());
        }
        return List.copyOf(out);
      default:
        return null;
    }
  }

  private static String describe(Parameter.Type t) {
    return switch (t) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case STRING_LIST -> "an array of strings";
    };
  }

  private static List<String> stepIds() {
    List<String> out = new ArrayList<>();
    for (Step s : Step.values()) {
      out.add(s.id());
    }
    return out;
  }

  private static boolean isStep(String id) {
    for (Step s : Step.values()) {
      if (s.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String s) {
    String m = String.valueOf(s);
    int cut = m.indexOf('\n');
    m = cut < 0 ? m : m.substring(0, cut);
    int expecting = m.indexOf(" Was expecting");
    return (expecting < 0 ? m : m.substring(0, expecting)).strip();
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
