package dev.assay.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.assay.engine.model.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strict reader of a submission JSON object (spec/contract.md), shared by {@code grade-batch}
 * and the HTTP API: unknown fields, duplicate fields, wrong types and trailing text are refused,
 * naming the field at fault.
 */
public final class SubmissionParser {
  /** Every field a submission may carry. */
  public static final Set<String> FIELDS =
      Set.of(
          "answer", "promptId", "promptText", "problemType", "rubricId", "candidateId", "cohortId", "externalId", "disabledRules", "enabledOnly");

  /** The fields that hold lists of rule ids. */
  public static final Set<String> RULE_LISTS = Set.of("disabledRules", "enabledOnly");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** A submission that is not well-formed; {@link #field()} names the field at fault, or is null. */
  public static final class InvalidJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidJsonException(String field, String message) {
      super(message);
      this.field = field;
    }

    /** The field at fault, or null when the text as a whole is not a JSON object. */
    public String field() {
      return field;
    }
  }

  private SubmissionParser() {}

  /** The strict mapper: fails on duplicate fields and on anything after the first JSON value. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Reads JSON text (one {@code grade-batch} line, or a request body) as a JSON tree. */
  public static JsonNode readTree(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new InvalidJsonException(null, "not valid JSON: no content");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidJsonException(null, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Parses JSON text holding one submission object. */
  public static Submission parse(String json) {
    return parse(readTree(json));
  }

  /** Reads one submission from a JSON tree that should be an object. */
  public static Submission parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new InvalidJsonException(null, "expected a JSON object");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String f = field.getKey();
      if (!FIELDS.contains(f)) {
        throw new InvalidJsonException(f, f + ": unknown field; known fields: " + new java.util.TreeSet<>(FIELDS));
      }
    }
    JsonNode answer = node.get("answer");
    if (answer == null || answer.isNull()) {
      throw new InvalidJsonException("answer", "answer: missing: the answer text is required");
    }
    List<String> disabled = ruleIds(node, "disabledRules");
    List<String> only = ruleIds(node, "enabledOnly");
    return new Submission(
        text(node, "answer"),
        text(node, "promptId"),
        text(node, "promptText"),
        text(node, "problemType"),
        text(node, "rubricId"),
        text(node, "candidateId"),
        text(node, "cohortId"),
        text(node, "externalId"),
        disabled,
        only);
  }

  /** The rule ids a list field holds. */
  private static List<String> ruleIds(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode d = node.get(field);
    if (d != null && !d.isNull()) {
      if (!d.isArray()) {
        throw new InvalidJsonException(field, field + ": expected an array of rule ids");
      }
      for (JsonNode x : d) {
        if (!x.isTextual()) {
          throw new InvalidJsonException(field, field + ": expected an array of rule ids (strings)");
        }
        out.add(x.asText());
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidJsonException(field, field + ": expected a string");
    }
    return v.asText();
  }
}
