package dev.assay.engine.pack;

import dev.assay.engine.score.FeedbackCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule packs a grading runs, in id order: an immutable value, so a server swaps in a new set
 * when a pack is loaded and gradings under way keep the set they started with.
 */
public final class PackSet {
  /** No packs. */
  public static final PackSet EMPTY = new PackSet(List.of());

  private final List<RulePack> packs;
  private final Map<String, FeedbackCatalog.RuleText> findings;

  private PackSet(List<RulePack> packs) {
    List<RulePack> sorted = new ArrayList<>(packs);
    sorted.sort(Comparator.comparing(RulePack::id));
    this.packs = List.copyOf(sorted);
    Map<String, FeedbackCatalog.RuleText> f = new LinkedHashMap<>();
    for (RulePack p : this.packs) {
      f.putAll(p.manifest().findings());
    }
    this.findings = Map.copyOf(f);
  }

  /** A set of these packs, checked as {@link #with} checks each. */
  public static PackSet of(List<RulePack> packs, Set<String> builtInRuleIds) {
    PackSet s = EMPTY;
    for (RulePack p : packs) {
      s = s.with(p, builtInRuleIds);
    }
    return s;
  }

  public List<RulePack> packs() {
    return packs;
  }

  public boolean isEmpty() {
    return packs.isEmpty();
  }

  public Optional<RulePack> find(String id) {
    return packs.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The wording of the packs' findings, by rule id. */
  public Map<String, FeedbackCatalog.RuleText> findings() {
    return findings;
  }

  /**
   * This set with the pack added, replacing a pack of the same id.
   *
   * @param builtInRuleIds the engine's own rule ids, which a pack may not reuse
   * @throws RulePackException when one of its rule ids is a built-in rule's or another pack's
   */
  public PackSet with(RulePack pack, Set<String> builtInRuleIds) {
    List<PackProblem> problems = new ArrayList<>();
    List<RulePack> next = new ArrayList<>();
    for (RulePack p : packs) {
      if (!p.id().equals(pack.id())) {
        next.add(p);
      }
    }
    for (String rule : pack.ruleIds()) {
      if (builtInRuleIds.contains(rule)) {
        problems.add(PackProblem.of(null, "rule " + rule + " has the id of a built-in rule; rule ids are never reused"));
      }
      for (RulePack other : next) {
        if (other.ruleIds().contains(rule)) {
          problems.add(PackProblem.of(null, "rule " + rule + " is already a rule of pack '" + other.id() + "'"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RulePackException("'" + pack.id() + "'", problems);
    }
    next.add(pack);
    return new PackSet(next);
  }

  /** This set without the pack of this id. */
  public PackSet without(String id) {
    return new PackSet(packs.stream().filter(p -> !p.id().equals(id)).toList());
  }
}
