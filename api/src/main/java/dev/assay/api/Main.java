package dev.assay.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code assay} command line: grade answers, grade batches, check agreement with experts, serve the HTTP API, manage its keys. */
@Command(
    name = "assay",
    mixinStandardHelpOptions = true,
    version = "assay 0.1.0",
    description = "Grades written answers to ML system design interview questions.")
public final class Main implements Runnable {
  /** Exit status for bad usage or bad input. */
  static final int BAD_INPUT = 2;

  /** Exit status for an internal failure. */
  static final int INTERNAL = 1;

  /**
   * The subcommands by name, in the order the usage lists them. They are registered with picocli
   * by hand rather than through the annotation, so that a command line naming one builds the
   * reflective model of that one only (building all of them was 15-18% of a one-shot {@code grade}).
   */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    SUBCOMMANDS.put("grade", GradeCommand::new);
    SUBCOMMANDS.put("grade-batch", GradeBatchCommand::new);
    SUBCOMMANDS.put("calibrate", CalibrateCommand::new);
    SUBCOMMANDS.put("explain", ExplainCommand::new);
    SUBCOMMANDS.put("info", InfoCommand::new);
    SUBCOMMANDS.put("serve", ServeCommand::new);
    SUBCOMMANDS.put("keys", KeysCommand::new);
    SUBCOMMANDS.put("rubric", RubricCommand::new);
    SUBCOMMANDS.put("rule-pack", RulePackCommand::new);
    SUBCOMMANDS.put("regrade", RegradeCommand::new);
    SUBCOMMANDS.put("bench", BenchCommand::new);
    SUBCOMMANDS.put("warm-up", WarmUpCommand::new);
  }

  /** The subcommands whose every run needs the engine: {@link #main} starts loading it at once. */
  private static final Set<String> NEED_ENGINE =
      Set.of("grade", "grade-batch", "calibrate", "explain", "info", "serve", "regrade", "bench", "warm-up");

  public static void main(String[] args) {
    if (args.length > 0 && NEED_ENGINE.contains(args[0]) && !asksForHelp(args)) {
      Engines.preload();
    }
    System.exit(run(args));
  }

  private static boolean asksForHelp(String[] args) {
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        return true;
      }
    }
    return false;
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // A known subcommand first: only it is needed to parse the rest (picocli takes the first
    // argument that names a subcommand as the subcommand, and Main has no options of its own but
    // help and version, which do not take values).
    Supplier<Object> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
    if (named != null) {
      cli.addSubcommand(args[0], named.get());
    } else {
      SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("assay: " + ex.getMessage());
          return BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          if (ex instanceof BadInputException) {
            cmd.getErr().println("assay: " + ex.getMessage());
            return BAD_INPUT;
          }
          cmd.getErr().println("assay: internal error: " + ex);
          return INTERNAL;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
