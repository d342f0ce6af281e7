package dev.assay.api;

import dev.assay.engine.Assay;
import dev.assay.engine.pack.PackSet;
import dev.assay.engine.pack.RulePack;
import dev.assay.engine.pack.RulePackCompiler;
import dev.assay.engine.pack.RulePackException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --rule-pack DIR} option of the commands that grade: packs to run after the built-in rules. */
final class RulePackOptions {
  @Option(names = "--rule-pack", paramLabel = "DIR", description = "a rule pack's folder (pack.json and *.drl) to run after the built-in rules; repeatable")
  List<Path> dirs = List.of();

  /**
   * Compiles the packs named.
   *
   * @throws BadInputException naming every problem of the first pack refused, with file and line
   */
  PackSet load(Assay engine) {
    if (dirs.isEmpty()) {
      return PackSet.EMPTY;
    }
    List<RulePack> packs = new ArrayList<>();
    try {
      for (Path d : dirs) {
        packs.add(RulePackCompiler.load(d));
      }
      return PackSet.of(packs, engine.rules().ruleIds());
    } catch (RulePackException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
