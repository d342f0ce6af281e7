package dev.assay.api;

import dev.assay.engine.pack.PackProblem;
import dev.assay.engine.pack.PackSet;
import dev.assay.engine.pack.RulePack;
import dev.assay.engine.pack.RulePackCompiler;
import dev.assay.engine.pack.RulePackException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code assay rule-pack check DIR...}: compiles rule packs and names every problem with its file and line. */
@Command(
    name = "rule-pack",
    mixinStandardHelpOptions = true,
    description = "Work with DRL rule packs.",
    subcommands = {RulePackCommand.Check.class})
final class RulePackCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Compiles each pack: prints what it holds, or every problem, one a line, as {@code DIR/FILE:LINE:COLUMN: message}. */
  @Command(name = "check", mixinStandardHelpOptions = true, description = "Compile rule packs; list every problem with its file and line (exit 2 if any).")
  static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "a rule pack's folder")
    List<Path> dirs;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int refused = 0;
      for (Path d : dirs) {
        try {
          RulePack p = RulePackCompiler.load(d);
          PackSet.EMPTY.with(p, Engines.shared().rules().ruleIds());
          out.println(d + ": " + p.id() + " " + p.version() + ", rules " + p.ruleIds() + ", judges " + p.manifest().criteria());
        } catch (RulePackException e) {
          refused++;
          for (PackProblem problem : e.problems()) {
            out.println(problem.file() == null ? d + ": " + problem.message() : d.resolve(problem.file()) + problem.toString().substring(problem.file().length()));
          }
        }
      }
      out.flush();
      if (refused > 0) {
        throw new BadInputException(refused + " of " + dirs.size() + " rule pack" + (dirs.size() == 1 ? "" : "s") + " refused");
      }
      return 0;
    }
  }
}
