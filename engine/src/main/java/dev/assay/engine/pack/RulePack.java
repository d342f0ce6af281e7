package dev.assay.engine.pack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.KieBase;

/**
 * A compiled rule pack: its manifest, its own rule base and the DRL it was compiled from. Immutable
 * but for the count of runs that overstayed their time limit and have not returned yet.
 */
public final class RulePack {
  private final PackManifest manifest;
  private final KieBase kieBase;
  private final Set<String> ruleIds;
  private final Map<String, String> files;
  final AtomicInteger overdue = new AtomicInteger();

  RulePack(PackManifest manifest, KieBase kieBase, Set<String> ruleIds, Map<String, String> files) {
    this.manifest = manifest;
    this.kieBase = kieBase;
    this.ruleIds = Set.copyOf(ruleIds);
    this.files = Map.copyOf(files);
  }

  public String id() {
    return manifest.id();
  }

  public String version() {
    return manifest.version();
  }

  public PackManifest manifest() {
    return manifest;
  }

  /** The ids (names) of its rules, sorted. */
  public List<String> ruleIds() {
    return ruleIds.stream().sorted().toList();
  }

  /** Its DRL files, by file name. */
  public Map<String, String> files() {
    return files;
  }

  KieBase kieBase() {
    return kieBase;
  }

  @Override
  public String toString() {
    return id() + " " + version();
  }
}
