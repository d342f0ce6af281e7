package dev.assay.engine.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.model.Step;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a rubric from its JSON form. */
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
      String id = require(c, "id").asText();
      Step step = Step.fromId(id.substring(0, Math.max(0, id.indexOf('.'))));
      boolean isCore = c.path("core").asBoolean(false);
      double weight = c.has("weight") ? c.get("weight").asDouble() : isCore ? core : other;
      List<String> applies = new ArrayList<>();
      if (c.has("appliesTo")) {
        c.get("appliesTo").forEach(a -> applies.add(a.asText()));
      } else {
        applies.add("all");
      }
      criteria.add(new Rubric.Criterion(id, step, isCore, weight, List.copyOf(applies), c.path("enabled").asBoolean(true)));
    }
    List<Rubric.Band> bands = new ArrayList<>();
    for (JsonNode b : require(root, "gradeBands")) {
      bands.add(new Rubric.Band(require(b, "grade").asInt(), require(b, "label").asText(), require(b, "min").asDouble()));
    }
    bands.sort((a, b) -> Double.compare(a.min(), b.min()));
    Map<Integer, Integer> caps = new TreeMap<>();
    root.path("violationCaps").fields().forEachRemaining(e -> caps.put(Integer.parseInt(e.getKey()), e.getValue().asInt()));
    return new Rubric(
        require(root, "id").asText(),
        require(root, "version").asText(),
        root.path("title").asText(""),
        weights,
        List.copyOf(criteria),
        List.copyOf(bands),
        caps);
  }

  private static JsonNode require(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("rubric: missing field '" + field + "'");
    }
    return v;
  }
}
