package dev.assay.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.pack.RulePackRegistry;
import dev.assay.engine.score.InvalidRubricException;
import dev.assay.api.rubric.Regrader;
import dev.assay.api.rubric.RubricConflictException;
import dev.assay.api.rubric.RubricIntake;
import dev.assay.api.rubric.RubricVersions;
import dev.assay.api.store.EvaluationStore;
import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.score.Rubric;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay regrade}: re-grades a cohort's stored answers (each candidate's latest) with a
 * rubric and reports per candidate the old and new score and grade and the criteria whose status
 * changed; {@code --dry-run} stores nothing, otherwise the rubric is stored as a new version and the
 * new evaluations are stored beside the old ones. Works on a data directory no server holds.
 */
@Command(name = "regrade", mixinStandardHelpOptions = true, description = "Re-grade a cohort's stored answers with a rubric (--dry-run: report only).")
final class RegradeCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Option(names = "--data", defaultValue = "assay-data", paramLabel = "DIR", description = "the server's data directory (default ./assay-data); stop the server first")
  Path data;

  @Option(names = "--cohort", required = true, paramLabel = "ID", description = "the cohort to re-grade")
  String cohort;

  @Option(names = "--rubric", required = true, paramLabel = "FILE|ID", description = "a rubric file, or the id of a stored or built-in rubric (its latest version)")
  String rubric;

  @Option(names = "--dry-run", description = "report what would change and store nothing")
  boolean dryRun;

  @Option(names = "--rule-packs", paramLabel = "DIR", description = "the folder of rule packs the server runs (those loaded over HTTP are read from the data directory)")
  Path rulePacks;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default text)")
  Format format;

  @Override
  public Integer call() {
    if (!Files.isDirectory(data)) {
      throw new BadInputException(data + ": no such data directory");
    }
    Assay engine = Engines.shared();
    RubricVersions versions = RubricVersions.open(data);
    JsonNode json = null;
    Rubric r;
    Path file = Path.of(rubric);
    try {
      if (Files.isRegularFile(file)) {
        json = RubricIntake.parse(Inputs.readText(rubric));
        r = RubricIntake.read(json, engine.validator());
      } else {
        r = storedOrBuiltIn(engine, versions, new ArrayList<>());
      }
    } catch (InvalidRubricException | SubmissionParser.InvalidJsonException e) {
      throw new BadInputException(rubric + ": " + e.getMessage());
    }
    RulePackRegistry packs = RulePackRegistry.open(data, rulePacks, engine.rules().ruleIds());
    packs.refused().forEach(w -> System.err.println("assay: " + w));
    EvaluationStore store;
    try {
      store = EvaluationStore.open(data);
    } catch (IllegalStateException e) {
      throw new BadInputException(e.getMessage() + ": stop the server first, or ask it with POST /v1/rubrics/" + r.id() + "/dry-run");
    }
    Regrader.Report report;
    try {
      if (!dryRun && json != null) {
        if (r.id().equals(Assay.DEFAULT_RUBRIC)) {
          throw new BadInputException(rubric + ": rubric " + r.id() + " is built in and read only: give your copy an id of its own");
        }
        versions.store(json, r);
      }
      report = Regrader.run(engine, packs.current(), store, r, cohort, !dryRun, null, Integer.MAX_VALUE);
    } catch (RubricConflictException e) {
      throw new BadInputException(rubric + ": " + e.getMessage());
    } finally {
      store.close();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(EvaluationJson.pretty(report));
    } else {
      out.print(text(report));
    }
    out.flush();
    return 0;
  }

  private Rubric storedOrBuiltIn(Assay engine, RubricVersions versions, List<String> skipped) {
    Rubric stored = versions.latest(skipped, engine.validator()).get(rubric);
    if (stored != null) {
      return stored;
    }
    try {
      return engine.rubric(rubric);
    } catch (InvalidSubmissionException e) {
      throw new BadInputException("--rubric: " + rubric + " is neither a file nor a stored or built-in rubric id");
    }
  }

  static String text(Regrader.Report r) {
    StringBuilder b = new StringBuilder();
    String packs = r.rulePacks().isEmpty() ? "" : " and rule packs " + String.join(", ", r.rulePacks().stream().map(p -> p.id() + " " + p.version()).toList());
    b.append(String.format(Locale.ROOT, "%s cohort %s with rubric %s %s%s%n", r.dryRun() ? "Dry run: re-grading" : "Re-graded", r.cohortId(),
        r.rubric().id(), r.rubric().version(), packs));
    for (Regrader.Candidate c : r.candidates()) {
      String who = c.candidateId() == null ? c.evaluationId() : c.candidateId();
      String was = String.format(Locale.ROOT, "%5.1f grade %d", c.before().total(), c.before().grade());
      if (c.after() == null) {
        b.append(String.format(Locale.ROOT, "  %-12s %s  not re-graded: %s%n", who, was, c.error()));
        continue;
      }
      b.append(String.format(Locale.ROOT, "  %-12s %s -> %5.1f grade %d   (was %s %s)%s%n", who, was, c.after().total(), c.after().grade(),
          c.before().rubric().id(), c.before().rubric().version(), c.newEvaluationId() == null ? "" : "  stored " + c.newEvaluationId()));
      for (Regrader.Change ch : c.changed()) {
        b.append(String.format(Locale.ROOT, "      %-34s %s -> %s%n", ch.criterion(), ch.before() == null ? "(none)" : ch.before(),
            ch.after() == null ? "(none)" : ch.after()));
      }
    }
    Regrader.Summary s = r.summary();
    b.append(String.format(Locale.ROOT, "%d candidates: %d scores changed, %d grades changed, %d with criteria changed, %d failed; %s%n",
        s.candidates(), s.scoreChanged(), s.gradeChanged(), s.criteriaChanged(), s.failed(),
        r.dryRun() ? "nothing stored (dry run)" : s.stored() + " new evaluations stored"));
    return b.toString();
  }
}
