package dev.assay.api;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code assay} command line: grade answers, grade batches, check agreement with experts, serve the HTTP API, manage its keys. */
@Command(
    name = "assay",
    mixinStandardHelpOptions = true,
    version = "assay 0.1.0",
    description = "Grades written answers to ML system design interview questions.")
public final class Main implements Runnable {
  /**
   * The subcommands, in the order usage lists them. Picocli reads a command's annotations by
   * reflection when it is registered (a fifth of a short command's CPU once all twelve were), so a
   * run registers only the one it names, and all of them when it names none (usage, errors).
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          GradeCommand.class, GradeBatchCommand.class, CalibrateCommand.class, ExplainCommand.class,
          InfoCommand.class, ServeCommand.class, KeysCommand.class, RubricCommand.class, RulePackCommand.class, RegradeCommand.class,
          BenchCommand.class, WarmUpCommand.class);

  /** Exit status for bad usage or bad input. */
  static final int BAD_INPUT = 2;

  /** Exit status for an internal failure. */
  static final int INTERNAL = 1;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int run(String... args) {
    CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
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

  /** The command line with the subcommand named {@code first} only, or with all of them if it names none. */
  static CommandLine commandLine(String first) {
    CommandLine cli = new CommandLine(new Main());
    Class<?> named = null;
    for (Class<?> c : SUBCOMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(first)) {
        named = c;
      }
    }
    for (Class<?> c : SUBCOMMANDS) {
      if (named == null || c == named) {
        cli.addSubcommand(c.getAnnotation(Command.class).name(), instance(c));
      }
    }
    return cli;
  }

  private static Object instance(Class<?> c) {
    try {
      var constructor = c.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create the " + c.getSimpleName() + " command", e);
    }
  }

  @Override
  public void run() {
    commandLine(null).usage(System.out);
  }
}
