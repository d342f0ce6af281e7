package dev.assay.api.rubric;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.assay.api.SubmissionParser;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.InvalidRubricException;
import dev.assay.engine.score.RubricFiles;
import dev.assay.engine.score.RubricValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place where a rubric from outside (a request body, a file) is read and checked before it
 * is stored or graded with. It checks what storing needs (an id and a version that are safe file
 * names), then has the engine's {@link RubricValidator} check and read the rest (every problem
 * with its JSON path). Over HTTP a rubric reads no files: model answers are given inline.
 */
public final class RubricIntake {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+-]{0,31}");
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private RubricIntake() {}

  /**
   * A rubric's JSON text as a tree.
   *
   * @throws SubmissionParser.InvalidJsonException when it is not one JSON value (a 400, like any malformed body)
   */
  public static JsonNode parse(String json) {
    try {
      JsonNode n = STRICT.readTree(json);
      if (n == null || n.isMissingNode()) {
        throw new SubmissionParser.InvalidJsonException(null, "not valid JSON: no content; expected a rubric JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new SubmissionParser.InvalidJsonException(null, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * Checks a rubric's JSON and reads it.
   *
   * @throws InvalidRubricException naming every problem found
   */
  public static Rubric read(JsonNode json, RubricValidator validator) {
    List<RubricValidator.Problem> problems = new ArrayList<>();
    if (json == null || !json.isObject()) {
      throw invalid("$", "expected a JSON object");
    }
    if (!json.path("id").isTextual() || !ID.matcher(json.path("id").asText()).matches()) {
      problems.add(new RubricValidator.Problem("$.id", "expected lower case letters, digits and dashes, at most 64"));
    }
    if (!json.path("version").isTextual() || !VERSION.matcher(json.path("version").asText()).matches()) {
      problems.add(new RubricValidator.Problem("$.version", "expected letters, digits, dots, dashes and pluses, at most 32 (e.g. 1.1.0)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRubricException(problems);
    }
    return validator.read(json, RubricFiles.none());
  }

  private static InvalidRubricException invalid(String path, String reason) {
    return new InvalidRubricException(List.of(new RubricValidator.Problem(path, reason)));
  }
}
