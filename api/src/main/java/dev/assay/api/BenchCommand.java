package dev.assay.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.bench.Bench;
import dev.assay.engine.bench.BenchCorpus;
import dev.assay.engine.bench.BenchReport;
import dev.assay.engine.bench.Latencies;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Submission;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay bench [IN.jsonl]}: warm, in-process timings of grading, next to the analysis-only
 * floor and a naive regex checklist over the same answers, with throughput and memory.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Time warm gradings against the analysis-only floor and a naive regex checklist.")
final class BenchCommand implements Callable<Integer> {
  static final double MAX_SECONDS = 600;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "IN.jsonl",
      description = "submissions, one JSON object a line (default: the bundled calibration answers)")
  Path in;

  @Option(names = "--warmup", defaultValue = "5", paramLabel = "SECONDS", description = "warm-up before each measurement (default 5)")
  double warmup;

  @Option(names = "--seconds", defaultValue = "5", paramLabel = "SECONDS", description = "length of each measurement (default 5)")
  double seconds;

  @Option(names = "--threads", paramLabel = "N", description = "threads for the all-core throughput (default: the processors)")
  Integer threads;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Override
  public Integer call() {
    check("--warmup", warmup);
    check("--seconds", seconds);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 256) {
      throw new BadInputException("--threads: " + n + " is out of range 1..256");
    }
    List<Submission> submissions = in == null ? BenchCorpus.bundled() : read(in);
    Assay assay = Engines.shared();
    for (int i = 0; i < submissions.size(); i++) {
      try {
        assay.grade(submissions.get(i));
      } catch (InvalidSubmissionException e) {
        throw new BadInputException(where(i) + ": " + e.field() + ": " + e.getMessage());
      }
    }
    BenchReport r = new Bench(assay, submissions).run(warmup, seconds, n);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(EvaluationJson.pretty(json(r, in == null ? "calibration" : in.toString())));
    } else {
      out.print(text(r, in == null ? "the bundled calibration answers" : in.toString()));
    }
    out.flush();
    return 0;
  }

  private String where(int i) {
    return in == null ? "bundled answer " + (i + 1) : in + ": line " + (i + 1);
  }

  private static void check(String option, double value) {
    if (!(value >= 0 && value <= MAX_SECONDS)) {
      throw new BadInputException(option + ": " + value + " is out of range 0.." + (int) MAX_SECONDS + " seconds");
    }
  }

  /** Reads the submissions of a JSON-lines file; a bad line is bad input, naming the line and field. */
  static List<Submission> read(Path file) {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a directory, not a JSON-lines file");
    }
    List<Submission> out = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        if (line.length() > GradeBatchCommand.MAX_LINE_CHARS) {
          throw new BadInputException(file + ": line " + lineNo + ": " + line.length() + " characters, over the limit of " + GradeBatchCommand.MAX_LINE_CHARS);
        }
        try {
          out.add(SubmissionParser.parse(line));
        } catch (SubmissionParser.InvalidJsonException e) {
          throw new BadInputException(file + ": line " + lineNo + (e.field() == null ? "" : ": " + e.field()) + ": " + e.getMessage());
        }
      }
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (MalformedInputException e) {
      throw new BadInputException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new BadInputException(file + ": cannot read: " + e.getCause().getMessage());
    }
    if (out.isEmpty()) {
      throw new BadInputException(file + ": no submissions in it");
    }
    return out;
  }

  static String text(BenchReport r, String source) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "input        %d answers from %s, %d words on average; %d concepts%n", r.answers(), source, r.meanWords(), r.concepts()));
    b.append(String.format(Locale.ROOT, "method       warm, in process: %.1f s warm-up then %.1f s per measurement; %d processors%n%n", r.warmupSeconds(), r.seconds(), r.processors()));
    b.append(String.format(Locale.ROOT, "per answer, one thread        p50        p99       mean   CPU mean      calls%n"));
    row(b, "grading", r.grading());
    row(b, "analysis floor (Lucene)", r.floor());
    row(b, "regex checklist", r.regex());
    b.append(String.format(Locale.ROOT, "%nratios       grading is %.1fx the analysis floor; the regex checklist is %.1fx grading (p50)%n", r.gradingToFloor(), r.regexToGrading()));
    if (r.grading().cpuMeanMs() > 0 && r.floor().cpuMeanMs() > 0) {
      b.append(String.format(Locale.ROOT, "             in CPU time: grading is %.1fx the floor%n", r.grading().cpuMeanMs() / r.floor().cpuMeanMs()));
    }
    b.append(String.format(Locale.ROOT, "throughput   %.0f answers/s on one thread, %.0f answers/s on %d threads%n", r.throughput().oneThread(), r.throughput().allThreads(), r.throughput().threads()));
    BenchReport.Memory m = r.memory();
    b.append(String.format(Locale.ROOT, "memory       heap %.0f MB used after GC (%.0f MB committed, %.0f MB max); %s per grading; resident %s%n",
        m.heapUsedMb(), m.heapCommittedMb(), m.heapMaxMb(),
        m.allocatedPerGradingKb() < 0 ? "allocation not measured" : String.format(Locale.ROOT, "%.0f KB allocated", m.allocatedPerGradingKb()),
        m.residentMb() < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MB", m.residentMb())));
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Latencies l) {
    b.append(String.format(Locale.ROOT, "  %-24s %7.3f ms %7.3f ms %7.3f ms %7.3f ms %10d%n", name, l.p50Ms(), l.p99Ms(), l.meanMs(), l.cpuMeanMs(), l.count()));
  }

  static ObjectNode json(BenchReport r, String source) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode input = root.putObject("input");
    input.put("source", source);
    input.put("answers", r.answers());
    input.put("meanWords", r.meanWords());
    input.put("concepts", r.concepts());
    ObjectNode method = root.putObject("method");
    method.put("warmupSeconds", r.warmupSeconds());
    method.put("seconds", r.seconds());
    method.put("processors", r.processors());
    latencies(root.putObject("grading"), r.grading());
    latencies(root.putObject("floor"), r.floor());
    latencies(root.putObject("regex"), r.regex());
    ObjectNode ratios = root.putObject("ratios");
    ratios.put("gradingToFloor", round(r.gradingToFloor()));
    ratios.put("regexToGrading", round(r.regexToGrading()));
    ObjectNode t = root.putObject("throughput");
    t.put("oneThread", round(r.throughput().oneThread()));
    t.put("threads", r.throughput().threads());
    t.put("allThreads", round(r.throughput().allThreads()));
    ObjectNode m = root.putObject("memory");
    m.put("heapUsedMb", round(r.memory().heapUsedMb()));
    m.put("heapCommittedMb", round(r.memory().heapCommittedMb()));
    m.put("heapMaxMb", round(r.memory().heapMaxMb()));
    m.put("allocatedPerGradingKb", round(r.memory().allocatedPerGradingKb()));
    m.put("residentMb", round(r.memory().residentMb()));
    return root;
  }

  private static void latencies(ObjectNode node, Latencies l) {
    node.put("p50Ms", round(l.p50Ms()));
    node.put("p99Ms", round(l.p99Ms()));
    node.put("meanMs", round(l.meanMs()));
    node.put("maxMs", round(l.maxMs()));
    node.put("cpuMeanMs", round(l.cpuMeanMs()));
    node.put("calls", l.count());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
