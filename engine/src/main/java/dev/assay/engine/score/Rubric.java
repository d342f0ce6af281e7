package dev.assay.engine.score;

import dev.assay.engine.model.Step;
import dev.assay.spi.ScorerPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rubric as data: step weights out of the total, the criteria with their weights and
 * applicability, and the grade bands (spec/criteria.md describes the default, {@code mlsd-default}).
 *
 * @param id stable id
 * @param version version, recorded in every evaluation
 * @param title human title
 * @param stepWeights points per step; they add up to the total
 * @param criteria every criterion, in rubric order
 * @param bands grade bands, ascending by minimum
 * @param caps grade caps by number of violated criteria: {@code caps.get(n)} is the highest grade
 *     an answer with n violations (or more, for the largest n listed) can get
 * @param scorers the plugin scorers it uses, each judging one of its criteria
 */
public record Rubric(
    String id,
    String version,
    String title,
    Map<Step, Double> stepWeights,
    List<Criterion> criteria,
    List<Band> bands,
    Map<Integer, Integer> caps,
    List<ScorerUse> scorers) {

  /** The prefix of every custom criterion's id: {@code custom.<slug>}. */
  public static final String CUSTOM_PREFIX = "custom.";

  public Rubric {
    scorers = List.copyOf(scorers);
  }

  /** A rubric with no plugin scorers. */
  public Rubric(
      String id, String version, String title, Map<Step, Double> stepWeights, List<Criterion> criteria, List<Band> bands, Map<Integer, Integer> caps) {
    this(id, version, title, stepWeights, criteria, bands, caps, List.of());
  }

  /**
   * One criterion of the rubric.
   *
   * @param id stable id, {@code step.name}
   * @param step the step it belongs to
   * @param core whether its absence is a real gap
   * @param weight its weight inside the step
   * @param appliesTo problem type ids it applies to; {@code all}, or {@code imbalanced} for types
   *     where imbalance is expected
   * @param enabled whether it is graded at all
   * @param title what it asks for, in findings; empty to use the feedback catalogue's title
   * @param match how a custom criterion is found in the answer, if by a query
   * @param feedback the rubric's own wording of its findings; empty texts use the catalogue's
   */
  public record Criterion(
      String id,
      Step step,
      boolean core,
      double weight,
      List<String> appliesTo,
      boolean enabled,
      String title,
      Optional<Match> match,
      Feedback feedback) {

    /** A built-in criterion as the default rubric lists it: no title, query or wording of its own. */
    public Criterion(String id, Step step, boolean core, double weight, List<String> appliesTo, boolean enabled) {
      this(id, step, core, weight, appliesTo, enabled, "", Optional.empty(), Feedback.NONE);
    }

    public boolean isCustom() {
      return id.startsWith(CUSTOM_PREFIX);
    }

    /**
     * The rule id its query's judgements carry: {@code custom.uses-gdpr} gives {@code
     * CUSTOM_USES_GDPR}.
     */
    public String ruleId() {
      return id.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public boolean appliesTo(String problemType, boolean imbalanced) {
      for (String a : appliesTo) {
        if (a.equals("all") || a.equals(problemType) || (a.equals("imbalanced") && imbalanced)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * How a custom criterion is found: a query over the answer, and what a matching sentence must
   * also hold for the criterion to be met rather than partial.
   *
   * @param query Lucene classic syntax; {@code concept:ID} and {@code tag:TAG} stand for lexicon
   *     concepts
   * @param metWhen {@code number}, {@code reason}, {@code technique}: any one in the sentence of a
   *     match makes it met; empty, any match is met
   * @param techniques for {@code technique}: the concept ids or {@code tag:TAG} that count; empty,
   *     any concept
   */
  public record Match(String query, List<String> metWhen, List<String> techniques) {
    public Match {
      metWhen = List.copyOf(metWhen);
      techniques = List.copyOf(techniques);
    }
  }

  /** A rubric's own wording of a criterion's findings; an empty text leaves the catalogue's. */
  public record Feedback(String missing, String partial, String suggestion) {
    public static final Feedback NONE = new Feedback("", "", "");

    public boolean isEmpty() {
      return missing.isEmpty() && partial.isEmpty() && suggestion.isEmpty();
    }
  }

  /**
   * A plugin scorer a rubric uses.
   *
   * @param scorer the plugin's name
   * @param criterion the criterion it judges
   * @param params its parameters as the rubric gives them (JSON values: strings, numbers, booleans,
   *     lists, maps)
   * @param prepared the scorer prepared for these parameters when the rubric was validated; empty
   *     when the rubric was read without validation, and then prepared on first use. Not part of
   *     equality.
   */
  public record ScorerUse(String scorer, String criterion, Map<String, Object> params, Optional<ScorerPlugin.Prepared> prepared) {
    public ScorerUse {
      params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    public ScorerUse(String scorer, String criterion, Map<String, Object> params) {
      this(scorer, criterion, params, Optional.empty());
    }

    /** The rule id its judgements and findings carry. */
    public String ruleId() {
      return ScorerPlugin.ruleId(scorer);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ScorerUse u && scorer.equals(u.scorer) && criterion.equals(u.criterion) && params.equals(u.params);
    }

    @Override
    public int hashCode() {
      return Objects.hash(scorer, criterion, params);
    }

    @Override
    public String toString() {
      return "ScorerUse[" + scorer + " -> " + criterion + ", " + params + "]";
    }
  }

  /** A grade band: totals at or above {@code min} (and below the next band) get this grade. */
  public record Band(int grade, String label, double min) {}

  public double total() {
    double sum = 0;
    for (double w : stepWeights.values()) {
      sum += w;
    }
    return sum;
  }

  public List<Criterion> criteriaOf(Step step) {
    List<Criterion> out = new ArrayList<>();
    for (Criterion c : criteria) {
      if (c.step() == step && c.enabled()) {
        out.add(c);
      }
    }
    return out;
  }

  public Optional<Criterion> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Band band(double total) {
    Band best = bands.get(0);
    for (Band b : bands) {
      if (total >= b.min() - 1e-9) {
        best = b;
      }
    }
    return best;
  }

  /** The highest grade allowed with this many violated criteria. */
  public int cap(int violations) {
    int cap = Integer.MAX_VALUE;
    for (Map.Entry<Integer, Integer> e : caps.entrySet()) {
      if (violations >= e.getKey()) {
        cap = Math.min(cap, e.getValue());
      }
    }
    return cap;
  }
}
