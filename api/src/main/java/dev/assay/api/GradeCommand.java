package dev.assay.api;

import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import dev.assay.engine.score.Rubric;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay grade FILE}: grades one answer and prints its evaluation. */
@Command(name = "grade", mixinStandardHelpOptions = true, description = "Grade one answer file (- for standard input).")
final class GradeCommand implements Callable<Integer> {
  enum Format {
    json,
    text,
    markdown
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the answer, plain text or markdown; - reads standard input")
  String file;

  @Option(names = "--prompt", paramLabel = "ID", description = "a catalogue prompt id")
  String promptId;

  @Option(names = "--prompt-text", paramLabel = "TEXT", description = "the prompt's text, when it is not in the catalogue")
  String promptText;

  @Option(names = "--problem-type", paramLabel = "TYPE", description = "override the problem type")
  String problemType;

  @Option(names = "--rubric", paramLabel = "ID|FILE", description = "a rubric id, or a rubric file (default mlsd-default)")
  String rubric;

  @Option(names = "--format", defaultValue = "json", description = "json, text or markdown (default json)")
  Format format;

  @Option(names = "--disable-rule", paramLabel = "RULE_ID", description = "a rule not to fire; repeatable")
  List<String> disabled = List.of();

  @Option(names = "--enabled-only", paramLabel = "RULE_ID", description = "fire only this rule (less any disabled); repeatable")
  List<String> enabledOnly = List.of();

  @Mixin RulePackOptions packs = new RulePackOptions();

  @Override
  public Integer call() {
    String answer = Inputs.readText(file);
    Assay assay = Engines.shared();
    Rubric r = rubric == null ? assay.rubric(null) : RubricArgs.resolve(assay, rubric);
    Evaluation e;
    try {
      e = assay.grade(new Submission(answer, promptId, promptText, problemType, r.id(), null, null, null, disabled, enabledOnly), r, packs.load(assay));
    } catch (InvalidSubmissionException ex) {
      throw new BadInputException((file.equals("-") ? "stdin" : file) + ": " + ex.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> out.print(Reports.text(answer, e));
      case markdown -> out.print(Reports.markdown(answer, e));
      default -> out.println(EvaluationJson.write(e));
    }
    out.flush();
    return 0;
  }
}
