package dev.assay.api;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code assay} command line: grade answers, grade batches, check agreement with experts, serve the HTTP API, manage its keys. */
@Command(
    name = "assay",
    mixinStandardHelpOptions = true,
    version = "assay 0.1.0",
    description = "Grades written answers to ML system design interview questions.",
    subcommands = {
      GradeCommand.class, GradeBatchCommand.class, CalibrateCommand.class, ExplainCommand.class,
      InfoCommand.class, ServeCommand.class, KeysCommand.class, RubricCommand.class, RulePackCommand.class, RegradeCommand.class,
      BenchCommand.class, WarmUpCommand.class
    })
public final class Main implements Runnable {
  /** Exit status for bad usage or bad input. */
  static final int BAD_INPUT = 2;

  /** Exit status for an internal failure. */
  static final int INTERNAL = 1;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
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
