package dev.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Submission;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay grade-batch IN.jsonl}: grades one submission per line, printing one evaluation (or
 * one error object) per line in input order; a bad line does not stop the batch.
 */
@Command(name = "grade-batch", mixinStandardHelpOptions = true, description = "Grade many submissions, one JSON object a line.")
final class GradeBatchCommand implements Callable<Integer> {
  static final Set<String> FIELDS =
      Set.of("answer", "promptId", "promptText", "problemType", "rubricId", "candidateId", "cohortId", "externalId", "disabledRules");
  static final int MAX_LINE_CHARS = 1_000_000;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN.jsonl", description = "submissions, one JSON object a line; - reads standard input")
  String in;

  @Option(names = "--out", paramLabel = "FILE", description = "write evaluations here instead of standard output")
  Path out;

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    Assay assay = Engines.shared();
    BufferedReader reader;
    try {
      reader =
          in.equals("-")
              ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
              : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(in + ": no such file");
    }
    boolean progress = out != null && System.console() != null;
    int bad = 0;
    int lineNo = 0;
    try (reader;
        Writer w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      PrintWriter sink = w == null ? spec.commandLine().getOut() : new PrintWriter(w);
      String line;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String result;
        try {
          Submission s = parse(line);
          result = EvaluationJson.compact(assay.grade(s));
        } catch (InvalidSubmissionException e) {
          bad++;
          result = error(lineNo, e.field(), e.getMessage());
        } catch (BadLine e) {
          bad++;
          result = error(lineNo, e.field, e.getMessage());
        }
        sink.println(result);
        if (progress) {
          System.err.print("\rgraded " + lineNo + " lines");
        }
      }
      sink.flush();
    }
    if (progress) {
      System.err.println();
    }
    if (bad > 0) {
      spec.commandLine().getErr().println("assay: " + bad + " of " + lineNo + " lines were bad; see their error objects");
    }
    return 0;
  }

  private String error(int line, String field, String message) {
    ObjectNode node = mapper.createObjectNode();
    node.put("line", line);
    ObjectNode err = node.putObject("error");
    err.put("field", field);
    err.put("message", message);
    return EvaluationJson.compact(node);
  }

  private static final class BadLine extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;

    BadLine(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  Submission parse(String line) throws BadLine {
    if (line.length() > MAX_LINE_CHARS) {
      throw new BadLine(null, "line is " + line.length() + " characters, over the limit of " + MAX_LINE_CHARS);
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadLine(null, "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadLine(null, "not valid JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new BadLine(null, "expected a JSON object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      String f = it.next().getKey();
      if (!FIELDS.contains(f)) {
        throw new BadLine(f, f + ": unknown field");
      }
    }
    JsonNode answer = node.get("answer");
    if (answer == null || answer.isNull()) {
      throw new BadLine("answer", "answer: missing: the answer text is required");
    }
    List<String> disabled = new ArrayList<>();
    JsonNode d = node.get("disabledRules");
    if (d != null && !d.isNull()) {
      if (!d.isArray()) {
        throw new BadLine("disabledRules", "disabledRules: expected an array of rule ids");
      }
      d.forEach(x -> disabled.add(x.asText()));
    }
    return new Submission(
        text(node, "answer"),
        text(node, "promptId"),
        text(node, "promptText"),
        text(node, "problemType"),
        text(node, "rubricId"),
        text(node, "candidateId"),
        text(node, "cohortId"),
        text(node, "externalId"),
        disabled);
  }

  private static String text(JsonNode node, String field) throws BadLine {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadLine(field, field + ": expected a string");
    }
    return v.asText();
  }
}
