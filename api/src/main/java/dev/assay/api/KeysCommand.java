package dev.assay.api;

import dev.assay.api.auth.ApiKey;
import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.Role;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay keys}: create, revoke and list the API keys of a data directory. A new key is printed
 * once, alone on standard output, so a script can capture it; what it is for goes to standard
 * error.
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Create, revoke and list API keys.",
    subcommands = {KeysCommand.Create.class, KeysCommand.Revoke.class, KeysCommand.ListKeys.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  private static KeyStore open(Path data) {
    return KeyStore.open(data);
  }

  /** {@code keys create}: makes a key and prints it once. */
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key and print it (once) on standard output.")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", defaultValue = "assay-data", paramLabel = "DIR", description = "data directory (default ./assay-data)")
    Path data;

    @Option(names = "--role", required = true, description = "admin, instructor or student")
    String role;

    @Option(names = "--cohort", paramLabel = "COHORT", description = "a cohort the key covers; repeatable")
    List<String> cohorts = List.of();

    @Option(names = "--candidate", paramLabel = "ID", description = "the candidate a student key acts as")
    String candidate;

    @Override
    public Integer call() {
      Role r;
      try {
        r = Role.fromId(role.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(e.getMessage());
      }
      KeyStore.Created created;
      try {
        created = open(data).create(r, cohorts, candidate);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(created.secret());
      out.flush();
      spec.commandLine().getErr().println("assay: created " + describe(created.key()) + "; the key is shown once, store it now");
      return 0;
    }
  }

  /** {@code keys revoke}: revokes a key by id or by the key itself. */
  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key, by its id (key_...) or the key itself.")
  static final class Revoke implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", defaultValue = "assay-data", paramLabel = "DIR", description = "data directory (default ./assay-data)")
    Path data;

    @Parameters(paramLabel = "KEY", description = "the key's id or the key")
    String key;

    @Override
    public Integer call() {
      Optional<ApiKey> revoked = open(data).revoke(key);
      if (revoked.isEmpty()) {
        throw new BadInputException("no active key matches");
      }
      spec.commandLine().getOut().println("revoked " + revoked.get().id());
      return 0;
    }
  }

  /** {@code keys list}: lists keys without their secrets. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (ids, roles, scopes; never the keys themselves).")
  static final class ListKeys implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--data", defaultValue = "assay-data", paramLabel = "DIR", description = "data directory (default ./assay-data)")
    Path data;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (ApiKey k : open(data).list()) {
        out.printf(Locale.ROOT, "%s  %-10s %-7s created %s%s  %s%n", k.id(), k.role().id(), k.active() ? "active" : "revoked", k.createdAt(),
            k.active() ? "" : " revoked " + k.revokedAt(), scope(k));
      }
      out.flush();
      return 0;
    }
  }

  private static String describe(ApiKey k) {
    return k.id() + " (" + k.role().id() + (scope(k).isEmpty() ? "" : "; " + scope(k)) + ")";
  }

  private static String scope(ApiKey k) {
    String s = k.cohorts().isEmpty() ? "" : "cohorts " + String.join(",", k.cohorts());
    if (k.candidateId() != null) {
      s += (s.isEmpty() ? "" : "; ") + "candidate " + k.candidateId();
    }
    return s;
  }
}
