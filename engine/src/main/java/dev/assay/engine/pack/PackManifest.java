package dev.assay.engine.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.assay.engine.model.Severity;
import dev.assay.engine.model.Step;
import dev.assay.engine.score.FeedbackCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule pack's {@code pack.json}: who it is, which criteria its rules may judge, how far they may
 * run, and the wording of their findings.
 *
 * <pre>
 * {"id": "privacy", "version": "1.0.0", "title": "Privacy and regulation",
 *  "criteria": ["requirements.constraints"],
 *  "limits": {"maxFirings": 1000, "timeLimitMs": 500},
 *  "findings": {"PRIVACY_REGULATION_NAMED": {"severity": "praise", "message": "...", "suggestion": "..."}}}
 * </pre>
 *
 * @param id stable id: lower case letters, digits and dashes
 * @param version the pack's version, recorded in every evaluation it takes part in
 * @param title for people, or empty
 * @param criteria the criterion ids its rules may judge; judgements of any other are dropped
 * @param maxFirings the most rule firings in one evaluation
 * @param timeLimitMs the longest one evaluation's run may take
 * @param findings the wording of its rules' findings, by rule id
 */
public record PackManifest(
    String id,
    String version,
    String title,
    List<String> criteria,
    int maxFirings,
    long timeLimitMs,
    Map<String, FeedbackCatalog.RuleText> findings) {

  /** The manifest's file name in a pack's folder. */
  public static final String FILE = "pack.json";

  /** The ceiling and default of {@link #maxFirings}. */
  public static final int MAX_FIRINGS = 10_000;

  /** The ceiling of {@link #timeLimitMs}. */
  public static final long MAX_TIME_LIMIT_MS = 10_000;

  /** The default of {@link #timeLimitMs}. */
  public static final long DEFAULT_TIME_LIMIT_MS = 2_000;

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]{0,31}");
  static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");
  private static final Pattern CRITERION = Pattern.compile("[a-z]+\\.[a-z0-9][a-z0-9-]{0,63}");
  private static final Set<String> FIELDS = Set.of("id", "version", "title", "criteria", "limits", "findings");
  private static final Set<String> LIMIT_FIELDS = Set.of("maxFirings", "timeLimitMs");
  private static final Set<String> FINDING_FIELDS = Set.of("severity", "message", "suggestion");
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  public PackManifest {
    criteria = List.copyOf(criteria);
    findings = Map.copyOf(findings);
  }

  /**
   * Reads a manifest, adding every problem found to {@code problems}.
   *
   * @return the manifest, or null when it has problems
   */
  static PackManifest read(String json, List<PackProblem> problems) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      problems.add(new PackProblem(FILE, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "not valid JSON: " + e.getOriginalMessage()));
      return null;
    }
    return read(root, problems);
  }

  /** Reads a manifest from its JSON tree, adding every problem found to {@code problems}. */
  static PackManifest read(JsonNode root, List<PackProblem> problems) {
    int before = problems.size();
    if (root == null || !root.isObject()) {
      problems.add(PackProblem.of(FILE, "expected a JSON object"));
      return null;
    }
    unknownFields(root, FIELDS, "", problems);
    String id = text(root, "id", ID, "lower case letters, digits and dashes, at most 64", problems);
    String version = text(root, "version", VERSION, "letters, digits, dots, dashes and pluses, at most 32 (e.g. 1.0.0)", problems);
    String title = "";
    if (root.has("title")) {
      if (!root.get("title").isTextual() || root.get("title").asText().length() > 200) {
        problems.add(PackProblem.of(FILE, "title: expected a string of at most 200 characters"));
      } else {
        title = root.get("title").asText();
      }
    }
    List<String> criteria = criteria(root.get("criteria"), problems);
    int maxFirings = MAX_FIRINGS;
    long timeLimit = DEFAULT_TIME_LIMIT_MS;
    JsonNode limits = root.get("limits");
    if (limits != null) {
      if (!limits.isObject()) {
        problems.add(PackProblem.of(FILE, "limits: expected an object with maxFirings and/or timeLimitMs"));
      } else {
        unknownFields(limits, LIMIT_FIELDS, "limits.", problems);
        maxFirings = (int) whole(limits, "maxFirings", MAX_FIRINGS, MAX_FIRINGS, problems);
        timeLimit = whole(limits, "timeLimitMs", DEFAULT_TIME_LIMIT_MS, MAX_TIME_LIMIT_MS, problems);
      }
    }
    Map<String, FeedbackCatalog.RuleText> findings = findings(root.get("findings"), problems);
    if (problems.size() > before) {
      return null;
    }
    return new PackManifest(id, version, title, criteria, maxFirings, timeLimit, findings);
  }

  private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<PackProblem> problems) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        problems.add(PackProblem.of(FILE, prefix + e.getKey() + ": unknown field; known: " + new java.util.TreeSet<>(known)));
      }
    }
  }

  private static String text(JsonNode root, String field, Pattern pattern, String shape, List<PackProblem> problems) {
    JsonNode v = root.get(field);
    if (v == null || v.isNull()) {
      problems.add(PackProblem.of(FILE, field + ": missing"));
      return null;
    }
    if (!v.isTextual() || !pattern.matcher(v.asText()).matches()) {
      problems.add(PackProblem.of(FILE, field + ": expected " + shape + ", got " + clip(v.toString())));
      return null;
    }
    return v.asText();
  }

  private static List<String> criteria(JsonNode node, List<PackProblem> problems) {
    List<String> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      problems.add(PackProblem.of(FILE, "criteria: missing: list the criterion ids the pack's rules may judge"));
      return out;
    }
    if (!node.isArray() || node.isEmpty()) {
      problems.add(PackProblem.of(FILE, "criteria: expected a non-empty array of criterion ids"));
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode c = node.get(i);
      String where = "criteria[" + i + "]: ";
      if (!c.isTextual() || !CRITERION.matcher(c.asText()).matches()) {
        problems.add(PackProblem.of(FILE, where + "expected a criterion id such as requirements.constraints, got " + clip(c.toString())));
        continue;
      }
      String id = c.asText();
      String step = id.substring(0, id.indexOf('.'));
      if (java.util.Arrays.stream(Step.values()).noneMatch(s -> s.id().equals(step))) {
        problems.add(PackProblem.of(FILE, where + "'" + id + "' names no step; a criterion id starts with one of "
            + java.util.Arrays.stream(Step.values()).map(Step::id).toList()));
        continue;
      }
      if (!seen.add(id)) {
        problems.add(PackProblem.of(FILE, where + "'" + id + "' is listed twice"));
      }
    }
    out.addAll(seen);
    return out;
  }

  private static long whole(JsonNode node, String field, long def, long max, List<PackProblem> problems) {
    JsonNode v = node.get(field);
    if (v == null) {
      return def;
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > max) {
      problems.add(PackProblem.of(FILE, "limits." + field + ": expected a whole number from 1 to " + max + ", got " + clip(v.toString())));
      return def;
    }
    return v.asLong();
  }

  private static Map<String, FeedbackCatalog.RuleText> findings(JsonNode node, List<PackProblem> problems) {
    Map<String, FeedbackCatalog.RuleText> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      problems.add(PackProblem.of(FILE, "findings: expected an object from rule id to its wording"));
      return out;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String where = "findings." + e.getKey() + ": ";
      if (!RULE_ID.matcher(e.getKey()).matches()) {
        problems.add(PackProblem.of(FILE, where + "a rule id is SCREAMING_SNAKE (A-Z, 0-9, _)"));
        continue;
      }
      JsonNode f = e.getValue();
      if (!f.isObject()) {
        problems.add(PackProblem.of(FILE, where + "expected an object with severity, message and suggestion"));
        continue;
      }
      for (Map.Entry<String, JsonNode> g : f.properties()) {
        if (!FINDING_FIELDS.contains(g.getKey())) {
          problems.add(PackProblem.of(FILE, where + g.getKey() + ": unknown field; known: " + new java.util.TreeSet<>(FINDING_FIELDS)));
        }
      }
      String severity = f.path("severity").asText("");
      boolean known = java.util.Arrays.stream(Severity.values()).anyMatch(s -> s.id().equals(severity));
      if (!f.path("severity").isTextual() || !known) {
        problems.add(PackProblem.of(FILE, where + "severity: expected one of error, warning, info, praise"));
      }
      if (!f.path("message").isTextual() || f.path("message").asText().isBlank()) {
        problems.add(PackProblem.of(FILE, where + "message: missing: the text a candidate reads"));
      }
      if (f.has("suggestion") && !f.get("suggestion").isTextual()) {
        problems.add(PackProblem.of(FILE, where + "suggestion: expected a string"));
      }
      out.put(e.getKey(), new FeedbackCatalog.RuleText(severity.toLowerCase(Locale.ROOT), null, f.path("message").asText(""), f.path("suggestion").asText("")));
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
  }
}
