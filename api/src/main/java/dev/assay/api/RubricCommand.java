package dev.assay.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.Assay;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.RubricValidator;
import dev.assay.engine.score.RubricWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay rubric}: copy a rubric to edit, check a rubric file, print the schema. */
@Command(
    name = "rubric",
    mixinStandardHelpOptions = true,
    description = "Make a rubric your own: copy one, validate it, see its schema.",
    subcommands = {RubricCommand.Init.class, RubricCommand.Validate.class, RubricCommand.Schema.class})
final class RubricCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code assay rubric init --from ID}: prints a copy of a rubric, every weight spelled out. */
  @Command(name = "init", mixinStandardHelpOptions = true, description = "Print a copy of a rubric to edit (standard output).")
  static final class Init implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "ID|FILE", description = "the rubric to copy, e.g. mlsd-default")
    String from;

    @Option(names = "--id", paramLabel = "ID", description = "the copy's id (default: the original's)")
    String id;

    @Option(names = "--title", paramLabel = "TEXT", description = "the copy's title (default: the original's)")
    String title;

    @Option(names = "--version", paramLabel = "V", description = "the copy's version (default: the original's)")
    String version;

    @Override
    public Integer call() {
      Rubric r = RubricArgs.resolve(Engines.shared(), from);
      ObjectNode tree = RubricWriter.toTree(r);
      if (id != null) {
        tree.put("id", id);
      }
      if (title != null) {
        tree.put("title", title);
      }
      if (version != null) {
        tree.put("version", version);
      }
      dev.assay.engine.score.RubricFiles files =
          RubricArgs.isFile(from) ? dev.assay.engine.score.RubricFiles.in(RubricArgs.parent(Path.of(from))) : dev.assay.engine.score.RubricFiles.none();
      List<RubricValidator.Problem> problems = Engines.shared().validator().validate(tree, files);
      if (!problems.isEmpty()) {
        throw new BadInputException("the copy would be invalid: " + RubricArgs.oneLine(problems));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(EvaluationJson.pretty(tree));
      out.flush();
      return 0;
    }
  }

  /** {@code assay rubric validate FILE}: every problem with its JSON path; exit 2 when there is one. */
  @Command(name = "validate", mixinStandardHelpOptions = true, description = "Check a rubric file: every problem with its JSON path and reason.")
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the rubric, JSON")
    Path file;

    @Option(names = "--json", description = "print the problems as a JSON array on standard output")
    boolean json;

    @Override
    public Integer call() {
      Assay assay = Engines.shared();
      String text = RubricArgs.text(file);
      List<RubricValidator.Problem> problems = assay.validator().validate(text, dev.assay.engine.score.RubricFiles.in(RubricArgs.parent(file)));
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ArrayNode a = EvaluationJson.mapper().createArrayNode();
        problems.forEach(p -> a.addObject().put("path", p.path()).put("reason", p.reason()));
        out.println(EvaluationJson.pretty(a));
      } else if (problems.isEmpty()) {
        Rubric r = assay.validator().read(text, dev.assay.engine.score.RubricFiles.in(RubricArgs.parent(file)));
        long custom = r.criteria().stream().filter(Rubric.Criterion::isCustom).count();
        out.printf("%s: valid: rubric %s version %s, %d criteria (%d custom), %d scorer%s%n",
            file, r.id(), r.version(), r.criteria().size(), custom, r.scorers().size(), r.scorers().size() == 1 ? "" : "s");
      } else {
        PrintWriter err = spec.commandLine().getErr();
        for (RubricValidator.Problem p : problems) {
          err.println(file + ": " + p.path() + ": " + p.reason());
        }
        err.flush();
      }
      out.flush();
      return problems.isEmpty() ? 0 : Main.BAD_INPUT;
    }
  }

  /** {@code assay rubric schema}: the published JSON schema of rubric files. */
  @Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the JSON schema of rubric files.")
  static final class Schema implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.print(RubricValidator.schemaText());
      out.flush();
      return 0;
    }
  }
}
