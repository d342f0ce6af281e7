package dev.assay.api;

import dev.assay.engine.Assay;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay info}: what this build ships (engine, rules, rubric, lexicon, prompts) and how the rules were loaded. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show the engine, rules, rubric and prompts this build ships.")
final class InfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Assay a = Engines.shared();
    PrintWriter out = spec.commandLine().getOut();
    out.println("engine    " + Assay.NAME + " " + Assay.VERSION);
    out.println("rules     " + a.rules().ruleIds().size() + " rules, "
        + (a.rules().precompiled() ? "precompiled executable model" : "compiled from DRL at start-up"));
    out.println("rubric    " + a.rubric(null).id() + " " + a.rubric(null).version() + ", " + a.rubric(null).criteria().size() + " criteria");
    out.println("lexicon   " + a.lexicon().size() + " concepts");
    out.println("prompts   " + a.prompts().all().size() + " in the catalogue");
    out.println("scorers   " + (a.scorers().names().isEmpty() ? "none" : String.join(", ", a.scorers().names())) + " (plugin SPI "
        + dev.assay.spi.ScorerPlugin.SPI_VERSION + ")");
    for (String broken : a.scorers().broken()) {
      out.println("          not loaded: " + broken);
    }
    out.flush();
    return 0;
  }
}
