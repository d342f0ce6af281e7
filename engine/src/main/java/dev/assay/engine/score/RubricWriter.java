package dev.assay.engine.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.model.Step;
import java.util.Map;

/**
 * Writes a rubric as JSON that {@link RubricReader} reads back to an equal rubric: every criterion
 * with its explicit weight, so an instructor sees what each weighs, and nothing left to defaults.
 */
public final class RubricWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RubricWriter() {}

  public static ObjectNode toTree(Rubric r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", r.id());
    root.put("version", r.version());
    root.put("title", r.title());
    put(root, "total", r.total());
    ObjectNode steps = root.putObject("steps");
    for (Step s : Step.values()) {
      put(steps, s.id(), r.stepWeights().get(s));
    }
    ArrayNode criteria = root.putArray("criteria");
    for (Rubric.Criterion c : r.criteria()) {
      ObjectNode n = criteria.addObject();
      n.put("id", c.id());
      if (c.isCustom()) {
        n.put("step", c.step().id());
      }
      if (!c.title().isEmpty()) {
        n.put("title", c.title());
      }
      n.put("core", c.core());
      put(n, "weight", c.weight());
      n.put("enabled", c.enabled());
      c.appliesTo().forEach(n.putArray("appliesTo")::add);
      c.match().ifPresent(m -> {
        ObjectNode mn = n.putObject("match");
        mn.put("query", m.query());
        if (!m.metWhen().isEmpty()) {
          m.metWhen().forEach(mn.putArray("metWhen")::add);
        }
        if (!m.techniques().isEmpty()) {
          m.techniques().forEach(mn.putArray("techniques")::add);
        }
      });
      if (!c.feedback().isEmpty()) {
        ObjectNode f = n.putObject("feedback");
        putIfAny(f, "missing", c.feedback().missing());
        putIfAny(f, "partial", c.feedback().partial());
        putIfAny(f, "suggestion", c.feedback().suggestion());
      }
    }
    if (!r.scorers().isEmpty()) {
      ArrayNode scorers = root.putArray("scorers");
      for (Rubric.ScorerUse u : r.scorers()) {
        ObjectNode n = scorers.addObject();
        n.put("scorer", u.scorer());
        n.put("criterion", u.criterion());
        n.set("params", MAPPER.valueToTree(u.params()));
      }
    }
    ArrayNode bands = root.putArray("gradeBands");
    for (Rubric.Band b : r.bands()) {
      put(bands.addObject().put("grade", b.grade()).put("label", b.label()), "min", b.min());
    }
    ObjectNode caps = root.putObject("violationCaps");
    for (Map.Entry<Integer, Integer> e : r.caps().entrySet()) {
      caps.put(Integer.toString(e.getKey()), e.getValue());
    }
    return root;
  }

  /** Whole numbers as integers, so a copy reads as the instructor would write it. */
  private static void put(ObjectNode n, String field, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      n.put(field, (long) v);
    } else {
      n.put(field, v);
    }
  }

  private static void putIfAny(ObjectNode n, String field, String value) {
    if (!value.isEmpty()) {
      n.put(field, value);
    }
  }
}
