package dev.assay.engine.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a labels file and the answers it names. */
public final class LabelsReader {
  private LabelsReader() {}

  public static List<LabelledAnswer> read(Path labels) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readString(labels, StandardCharsets.UTF_8));
    JsonNode answers = root.path("answers");
    if (!answers.isArray()) {
      throw new IOException(labels + ": expected {\"answers\": [...]}");
    }
    Path dir = labels.toAbsolutePath().getParent();
    List<LabelledAnswer> out = new ArrayList<>();
    int i = 0;
    for (JsonNode a : answers) {
      String file = a.path("file").asText("");
      if (file.isEmpty()) {
        throw new IOException(labels + ": answers[" + i + "].file is missing");
      }
      Map<String, String> statuses = new LinkedHashMap<>();
      a.path("criteria").fields().forEachRemaining(e -> statuses.put(e.getKey(), e.getValue().asText()));
      Map<String, String> evidence = new LinkedHashMap<>();
      a.path("evidence").fields().forEachRemaining(e -> evidence.put(e.getKey(), e.getValue().asText()));
      String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      out.add(
          new LabelledAnswer(
              file,
              text,
              a.path("promptId").isTextual() ? a.get("promptId").asText() : null,
              a.path("promptText").asText(null),
              a.path("problemType").isTextual() ? a.get("problemType").asText() : null,
              a.path("grade").asInt(0),
              statuses,
              evidence));
      i++;
    }
    return out;
  }
}
