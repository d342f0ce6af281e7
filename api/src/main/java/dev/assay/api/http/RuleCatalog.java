package dev.assay.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.engine.model.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule of the rule base with its step, the criteria it judges and what it does, read from the
 * DRL sources and the feedback catalogue the rules module ships (the compiled rule base keeps only
 * names).
 *
 * <p>A rule's step is its file's ({@code serving.drl}: {@code serving}); a rule of {@code
 * consistency.drl} takes its criterion's step and is marked cross-step. Its description is the
 * comment right above it, else the feedback catalogue's message for it, else one made from the
 * verdicts it gives ("Marks serving.rollout (Safe rollout) met").
 */
final class RuleCatalog {
  private static final String RESOURCES = "/dev/assay/rules/";
  private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"(.*?)^end\\b", Pattern.DOTALL);
  private static final Pattern VERDICT = Pattern.compile("out\\.(\\w+)\\(\\s*kcontext\\s*,\\s*(?:\"([^\"]*)\"|null)");

  /** One rule as listed by {@code GET /v1/rules}. */
  record RuleInfo(String id, String step, boolean crossStep, List<String> criteria, List<String> verdicts, String description) {}

  private RuleCatalog() {}

  /** Lists the rules, in rule-id order, covering every id the engine knows. */
  /** A criterion id as spec/criteria.md spells them: {@code step.name}. */
  private static final Pattern CRITERION_ID = Pattern.compile("[a-z]+\\.[a-z][a-z-]*");

  static List<RuleInfo> load(Set<String> ruleIds) {
    JsonNode feedback = feedback();
    Map<String, RuleInfo> found = new TreeMap<>();
    List<String> files = new ArrayList<>();
    for (Step s : Step.values()) {
      files.add(s.id());
    }
    files.add("consistency");
    for (String file : files) {
      String drl = resource(file + ".drl");
      if (drl == null) {
        continue;
      }
      Matcher m = RULE.matcher(drl);
      while (m.find()) {
        String id = m.group(1);
        Set<String> criteria = new LinkedHashSet<>();
        Set<String> verdicts = new LinkedHashSet<>();
        Matcher v = VERDICT.matcher(m.group(2));
        while (v.find()) {
          verdicts.add(verdict(v.group(1)));
          if (v.group(2) != null && CRITERION_ID.matcher(v.group(2)).matches()) {
            criteria.add(v.group(2));
          }
        }
        boolean cross = file.equals("consistency");
        String step = cross ? criteria.stream().findFirst().map(c -> c.substring(0, c.indexOf('.'))).orElse(null) : file;
        String description = comment(drl, m.start());
        if (description == null) {
          description = message(feedback.path("rules").path(id));
        }
        if (description == null) {
          description = made(feedback, criteria, verdicts);
        }
        found.put(id, new RuleInfo(id, step, cross, List.copyOf(criteria), List.copyOf(verdicts), description));
      }
    }
    for (String id : ruleIds) {
      found.putIfAbsent(id, new RuleInfo(id, null, false, List.of(), List.of(), ""));
    }
    found.keySet().retainAll(ruleIds.isEmpty() ? found.keySet() : ruleIds);
    return List.copyOf(found.values());
  }

  private static String verdict(String method) {
    return switch (method) {
      case "violatedBecause", "violatedAt" -> "violated";
      case "noteBecause" -> "note";
      default -> method;
    };
  }

  /** The comment lines right above a rule (no blank line between), joined. */
  private static String comment(String drl, int ruleStart) {
    String before = drl.substring(0, ruleStart);
    String[] lines = before.split("\n", -1);
    List<String> out = new ArrayList<>();
    for (int i = lines.length - 2; i >= 0; i--) {
      String l = lines[i].strip();
      if (l.startsWith("//")) {
        out.add(0, l.substring(2).strip());
      } else if (l.startsWith("/**") || l.startsWith("*") || l.endsWith("*/")) {
        String t = l.replaceAll("^/\\*\\*|\\*/$|^\\*", "").strip();
        if (!t.isEmpty()) {
          out.add(0, t);
        }
        if (l.startsWith("/**")) {
          break;
        }
      } else {
        break;
      }
    }
    return out.isEmpty() ? null : String.join(" ", out);
  }

  private static String message(JsonNode rule) {
    String m = rule.path("message").asText("");
    if (m.isEmpty()) {
      return null;
    }
    return m.replace("{quote}", "\u2026").replace("{type}", "this problem type").replace("{number}", "\u2026");
  }

  private static String made(JsonNode feedback, Set<String> criteria, Set<String> verdicts) {
    if (criteria.isEmpty()) {
      return verdicts.contains("note") ? "Raises a note on the answer as a whole." : "";
    }
    List<String> parts = new ArrayList<>();
    for (String c : criteria) {
      String title = feedback.path("criteria").path(c).path("title").asText("");
      parts.add(c + (title.isEmpty() ? "" : " (" + title + ")"));
    }
    Map<String, String> words = new LinkedHashMap<>();
    words.put("met", "met");
    words.put("partial", "partly met");
    words.put("violated", "violated");
    words.put("note", "worth a note");
    List<String> how = verdicts.stream().map(v -> words.getOrDefault(v, v)).toList();
    return "Marks " + String.join(", ", parts) + " " + String.join(" or ", how) + ".";
  }

  private static JsonNode feedback() {
    String json = resource("feedback.json");
    try {
      return json == null ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCES + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
