package dev.assay.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Submission;
import dev.assay.engine.score.Rubric;
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
  static final int MAX_LINE_CHARS = 1_000_000;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "IN.jsonl", description = "submissions, one JSON object a line; - reads standard input")
  String in;

  @Option(names = "--out", paramLabel = "FILE", description = "write evaluations here instead of standard output")
  Path out;

  @Option(names = "--rubric", paramLabel = "ID|FILE", description = "grade lines that name no rubric (or this one's id) against this rubric id or file")
  String rubric;

  private final ObjectMapper mapper = new ObjectMapper();

  @Override
  public Integer call() throws IOException {
    Assay assay = Engines.shared();
    Rubric chosen = rubric == null ? null : RubricArgs.resolve(assay, rubric);
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
          boolean ours = chosen != null && (s.rubricId() == null || s.rubricId().equals(chosen.id()));
          result = EvaluationJson.compact(ours ? assay.grade(s, chosen) : assay.grade(s));
        } catch (InvalidSubmissionException e) {
          bad++;
          result = error(lineNo, e.field(), e.getMessage());
        } catch (SubmissionParser.InvalidJsonException e) {
          bad++;
          result = error(lineNo, e.field(), e.getMessage());
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

  Submission parse(String line) {
    if (line.length() > MAX_LINE_CHARS) {
      throw new SubmissionParser.InvalidJsonException(null, "line is " + line.length() + " characters, over the limit of " + MAX_LINE_CHARS);
    }
    return SubmissionParser.parse(line);
  }
}
