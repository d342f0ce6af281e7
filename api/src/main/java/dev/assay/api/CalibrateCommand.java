package dev.assay.api;

import dev.assay.engine.calibrate.CalibrationReport;
import dev.assay.engine.calibrate.Calibrator;
import dev.assay.engine.calibrate.LabelledAnswer;
import dev.assay.engine.calibrate.LabelsReader;
import dev.assay.engine.json.EvaluationJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay calibrate LABELS.json}: grades a labelled set and reports agreement with the experts. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, description = "Grade a labelled set and report agreement with the experts.")
final class CalibrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "LABELS.json", description = "labels in the contract's format")
  Path labels;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @Option(names = "--misses", description = "list every disagreement with the experts' evidence next to the engine's")
  boolean misses;

  @Option(names = "--worst", defaultValue = "8", description = "how many of the worst-agreeing criteria to list (default 8)")
  int worst;

  @Option(names = "--rubric", paramLabel = "ID|FILE", description = "grade against this rubric id or file (default mlsd-default)")
  String rubric;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(labels)) {
      throw new BadInputException(labels + ": no such file");
    }
    List<LabelledAnswer> set;
    try {
      set = LabelsReader.read(labels);
    } catch (IOException e) {
      throw new BadInputException(labels + ": " + e.getMessage());
    }
    var assay = Engines.shared();
    var chosen = rubric == null ? assay.rubric(null) : RubricArgs.resolve(assay, rubric);
    CalibrationReport r = new Calibrator(assay, chosen).run(set);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(EvaluationJson.pretty(r));
    } else {
      out.print(text(r, misses, worst));
    }
    out.flush();
    return 0;
  }

  static String text(CalibrationReport r, boolean misses, int worst) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "answers graded            %d%n", r.answers()));
    b.append(String.format(Locale.ROOT, "status agreement          %.3f%n", r.statusAgreement()));
    b.append(String.format(Locale.ROOT, "violated recall           %.3f%n", r.violatedRecall()));
    b.append(String.format(Locale.ROOT, "violated precision        %.3f%n", r.violatedPrecision()));
    b.append(String.format(Locale.ROOT, "grade QWK                 %.3f%n", r.gradeQwk()));
    b.append(String.format(Locale.ROOT, "grade exact               %.3f%n", r.gradeExact()));
    b.append(String.format(Locale.ROOT, "%nworst-agreeing criteria%n"));
    r.criteria().stream().limit(worst).forEach(c ->
        b.append(String.format(Locale.ROOT, "  %-36s %.3f  (%d/%d)%n", c.criterion(), c.agreement(), c.agreed(), c.total())));
    b.append(String.format(Locale.ROOT, "%nconfusion (expected -> engine)%n"));
    for (Map.Entry<String, Map<String, Integer>> e : r.confusion().entrySet()) {
      b.append(String.format(Locale.ROOT, "  %-15s %s%n", e.getKey(), e.getValue()));
    }
    b.append(String.format(Locale.ROOT, "%ngrades (file expected engine total)%n"));
    for (CalibrationReport.AnswerResult a : r.perAnswer()) {
      b.append(String.format(Locale.ROOT, "  %-12s %d %d %5.1f%s%n", a.file(), a.expectedGrade(), a.grade(), a.total(), a.expectedGrade() == a.grade() ? "" : "  <-"));
    }
    if (misses) {
      b.append(String.format(Locale.ROOT, "%nmisses%n"));
      for (CalibrationReport.AnswerResult a : r.perAnswer()) {
        for (CalibrationReport.Miss m : a.misses()) {
          b.append(String.format(Locale.ROOT, "  %s %-36s expected %-8s got %-8s rules %s%n", a.file(), m.criterion(), m.expected(), m.actual(), m.rules()));
          if (!m.expectedEvidence().isEmpty()) {
            b.append("      experts: ").append(m.expectedEvidence()).append('\n');
          }
          for (String ev : m.engineEvidence()) {
            b.append("      engine:  ").append(ev.replaceAll("\\s+", " ")).append('\n');
          }
        }
      }
    }
    return b.toString();
  }
}
