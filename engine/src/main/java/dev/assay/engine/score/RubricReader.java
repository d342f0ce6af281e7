package dev.assay.engine.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.model.Step;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a rubric from its JSON form (docs/rubric.schema.json), trusting it: a rubric from outside
 * goes through {@link RubricValidator} first, which reports every problem with its JSON path.
 */
public final class RubricReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RubricReader() {}

  public static Rubric read(InputStream in) throws IOException {
    return fromTree(MAPPER.readTree(in));
  }

  public static Rubric fromTree(JsonNode root) {
    Map<Step, Double> weights = new EnumMap<>(Step.class);
    JsonNode steps = require(root, "steps");
    for (Step s : Step.values()) {
      weights.put(s, require(steps, s.id()).asDouble());
    }
    double core = root.path("coreWeight").asDouble(2);
    double other = root.path("nonCoreWeight").asDouble(1);
    List<Rubric.Criterion> criteria = new ArrayList<>();
    for (JsonNode c : require(root, "criteria")) {
      criteria.add(criterion(c, core, other));
    }
    List<Rubric.Band> bands = new ArrayList<>();
    for (JsonNode b : require(root, "gradeBands")) {
      bands.add(new Rubric.Band(require(b, "grade").asInt(), require(b, "label").asText(), require(b, "min").asDouble()));
    }
    bands.sort((a, b) -> Double.compare(a.min(), b.min()));
    Map<Integer, Integer> caps = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("violationCaps").properties()) {
      caps.put(Integer.parseInt(e.getKey()), e.getValue().asInt());
    }
    List<Rubric.ScorerUse> scorers = new ArrayList<>();
    for (JsonNode u : root.path("scorers")) {
      scorers.add(scorerUse(u));
    }
    return new Rubric(
        require(root, "id").asText(),
        require(root, "version").asText(),
        root.path("title").asText(""),
        weights,
        List.copyOf(criteria),
        List.copyOf(bands),
        caps,
        scorers);
  }

  private static Rubric.Criterion criterion(JsonNode c, double core, double other) {
    String id = require(c, "id").asText();
    Step step =
        c.hasNonNull("step") ? Step.fromId(c.get("step").asText()) : Step.fromId(id.substring(0, Math.max(0, id.indexOf('.'))));
    boolean isCore = c.path("core").asBoolean(false);
    double weight = c.has("weight") ? c.get("weight").asDouble() : isCore ? core : other;
    List<String> applies = new ArrayList<>();
    if (c.has("appliesTo")) {
      c.get("appliesTo").forEach(a -> applies.add(a.asText()));
    } else {
      applies.add("all");
    }
    Optional<Rubric.Match> match = Optional.empty();
    JsonNode m = c.get("match");
    if (m != null && m.isObject()) {
      match = Optional.of(new Rubric.Match(require(m, "query").asText(), texts(m.path("metWhen")), texts(m.path("techniques"))));
    }
    JsonNode f = c.path("feedback");
    Rubric.Feedback feedback =
        new Rubric.Feedback(f.path("missing").asText(""), f.path("partial").asText(""), f.path("suggestion").asText(""));
    return new Rubric.Criterion(
        id, step, isCore, weight, List.copyOf(applies), c.path("enabled").asBoolean(true), c.path("title").asText(""), match,
        feedback.isEmpty() ? Rubric.Feedback.NONE : feedback);
  }

  private static Rubric.ScorerUse scorerUse(JsonNode u) {
    return new Rubric.ScorerUse(require(u, "scorer").asText(), require(u, "criterion").asText(), fromTreeParams(u.path("params")));
  }

  /** A scorer's parameters as plain JSON values (strings, numbers, booleans, lists, maps). */
  static Map<String, Object> fromTreeParams(JsonNode params) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> p : params.properties()) {
      out.put(p.getKey(), MAPPER.convertValue(p.getValue(), Object.class));
    }
    return out;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return List.copyOf(out);
  }

  private static JsonNode require(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("rubric: missing field '" + field + "'");
    }
    return v;
  }
}
