package dev.assay.engine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's default input: the calibration answers, with the prompts their labels give,
 * which the rules module ships as resources under {@value #RESOURCES}.
 */
public final class BenchCorpus {
  static final String RESOURCES = "/dev/assay/bench/";

  private BenchCorpus() {}

  /**
   * The bundled calibration answers as submissions, in the order of their labels file.
   *
   * @throws IllegalStateException when the resources are not on the classpath
   */
  public static List<Submission> bundled() {
    try {
      JsonNode answers = new ObjectMapper().readTree(read("labels.json")).path("answers");
      List<Submission> out = new ArrayList<>();
      for (JsonNode a : answers) {
        String file = a.path("file").asText();
        out.add(
            new Submission(
                read(file),
                text(a, "promptId"),
                text(a, "promptText"),
                text(a, "problemType"),
                null,
                null,
                null,
                file,
                List.of()));
      }
      if (out.isEmpty()) {
        throw new IllegalStateException("the bundled benchmark answers are empty");
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).isTextual() ? node.get(field).asText() : null;
  }

  private static String read(String name) throws IOException {
    try (InputStream in = BenchCorpus.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCES + name + " not found: is assay-rules on the classpath?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
