package dev.assay.engine.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of feedback: per criterion (missing, partial, met, and why it matters per problem
 * type) and per rule (severity, message, suggestion). Texts may hold {@code {quote}}, {@code {type}}
 * and {@code {number}} placeholders.
 */
public final class FeedbackCatalog {
  private final JsonNode root;
  private final Map<String, RuleText> extraRules;
  /** The wording of the catalogue's rules as read so far (the scorer asks for it per judgement). */
  private final Map<String, Optional<RuleText>> ruleTexts = new ConcurrentHashMap<>();

  private FeedbackCatalog(JsonNode root) {
    this(root, Map.of());
  }

  private FeedbackCatalog(JsonNode root, Map<String, RuleText> extraRules) {
    this.root = root;
    this.extraRules = Map.copyOf(extraRules);
  }

  /**
   * This catalogue with the wording of more rules (a rule pack's), which is consulted first; the
   * catalogue itself is not copied.
   */
  public FeedbackCatalog withRules(Map<String, RuleText> rules) {
    return rules.isEmpty() ? this : new FeedbackCatalog(root, rules);
  }

  public static FeedbackCatalog read(InputStream in) throws IOException {
    return new FeedbackCatalog(new ObjectMapper().readTree(in));
  }

  public static FeedbackCatalog empty() {
    return new FeedbackCatalog(new ObjectMapper().createObjectNode());
  }

  /** A rule's own wording, when it has one. */
  public record RuleText(String severity, String criterion, String message, String suggestion) {}

  public Optional<RuleText> rule(String ruleId) {
    RuleText extra = extraRules.get(ruleId);
    if (extra != null) {
      return Optional.of(extra);
    }
    Optional<RuleText> known = ruleTexts.get(ruleId);
    if (known != null) {
      return known;
    }
    JsonNode r = root.path("rules").path(ruleId);
    if (r.isMissingNode()) {
      return Optional.empty();
    }
    String criterion = r.path("criterion").isTextual() ? r.path("criterion").asText() : null;
    Optional<RuleText> text =
        Optional.of(
            new RuleText(r.path("severity").asText("info"), criterion, r.path("message").asText(""), r.path("suggestion").asText("")));
    // Only the catalogue's own rules are remembered, so the map stays as small as the catalogue.
    ruleTexts.put(ruleId, text);
    return text;
  }

  public String title(String criterion) {
    return root.path("criteria").path(criterion).path("title").asText(criterion);
  }

  /** The message for a criterion in a status ({@code missing}, {@code partial}, {@code met}). */
  public String message(String criterion, String status) {
    return root.path("criteria").path(criterion).path(status).path("message").asText("");
  }

  public String suggestion(String criterion, String status) {
    return root.path("criteria").path(criterion).path(status).path("suggestion").asText("");
  }

  /** Why the criterion matters for this problem type, falling back to the default reason. */
  public String why(String criterion, String problemType) {
    JsonNode why = root.path("criteria").path(criterion).path("why");
    String specific = why.path(problemType).asText("");
    return specific.isEmpty() ? why.path("default").asText("") : specific;
  }
}
