package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.assay.engine.concept.Concept;
import dev.assay.engine.concept.ConceptMatcher;
import dev.assay.engine.concept.Hit;
import dev.assay.engine.concept.Lexicon;
import dev.assay.engine.text.TextModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every lexicon concept matches its example phrases and none of its near misses. */
class LexiconTest {
  private static final Lexicon LEXICON = SharedEngine.ASSAY.lexicon();
  private static final ConceptMatcher MATCHER = new ConceptMatcher(LEXICON);

  private static boolean matches(Concept c, String phrase) {
    for (Hit h : MATCHER.match(TextModel.parse(phrase))) {
      if (h.concept().id().equals(c.id())) {
        return true;
      }
    }
    return false;
  }

  @TestFactory
  Stream<DynamicTest> conceptsMatchTheirExamplesAndNotTheirNearMisses() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Concept c : LEXICON.concepts()) {
      for (String ex : c.examples()) {
        tests.add(dynamicTest(c.id() + " matches: " + ex, () -> assertTrue(matches(c, ex), c.id() + " should match '" + ex + "'")));
      }
      for (String nx : c.nearMisses()) {
        tests.add(dynamicTest(c.id() + " ignores: " + nx, () -> assertFalse(matches(c, nx), c.id() + " should not match '" + nx + "'")));
      }
    }
    return tests.stream();
  }

  @Test
  void everyConceptHasExamplesToTest() {
    List<String> without =
        LEXICON.concepts().stream().filter(c -> c.examples().isEmpty()).map(Concept::id).toList();
    assertEquals(List.of(), without, "concepts without an ex line");
    long withExamples = LEXICON.concepts().stream().filter(c -> !c.examples().isEmpty()).count();
    assertEquals(LEXICON.concepts().size(), withExamples);
  }

  /**
   * A group of ways to say one thing; every member must be found by the same concept, or, where
   * the lexicon splits the group over concepts that rules treat alike, by concepts sharing a tag.
   */
  private record SynonymGroup(String target, boolean byTag, List<String> members) {
    static SynonymGroup concept(String id, String... members) {
      return new SynonymGroup(id, false, List.of(members));
    }

    static SynonymGroup tag(String tag, String... members) {
      return new SynonymGroup(tag, true, List.of(members));
    }

    boolean covers(Concept c) {
      return byTag ? c.tags().contains(target) : c.id().equals(target);
    }
  }

  private static final List<SynonymGroup> SYNONYM_GROUPS =
      List.of(
          // the groups named in the issue
          SynonymGroup.concept("mon.ops-metric", "p99", "99th percentile", "tail latency", "P99.9", "p95"),
          SynonymGroup.concept("model.simple", "LR", "logistic regression", "logreg", "logistic-regression"),
          SynonymGroup.concept(
              "model.arch-specific", "GBDT", "XGBoost", "LightGBM", "CatBoost", "GBM", "gradient-boosted trees", "boosted decision trees"),
          SynonymGroup.concept(
              "eval.ab-test",
              "A/B test",
              "A/B",
              "AB testing",
              "split test",
              "online experiment",
              "controlled experiment",
              "bucket test",
              "interleaving",
              "A/B/n test"),
          // more of the same kind
          SynonymGroup.concept(
              "metric.pr-auc", "PR-AUC", "AUC-PR", "AUPRC", "average precision", "area under the precision-recall curve"),
          SynonymGroup.concept("model.arch-specific", "two-tower model", "two towers", "dual encoder", "bi-encoder"),
          SynonymGroup.concept(
              "serve.latency-technique",
              "ANN",
              "approximate nearest neighbour",
              "approximate nearest-neighbor",
              "FAISS",
              "ScaNN",
              "HNSW"),
          SynonymGroup.tag("rollout", "canary", "shadow mode", "staged rollout", "blue-green", "gradual ramp-up"),
          SynonymGroup.concept(
              "mon.drift", "drift", "distribution shift", "covariate shift", "concept drift", "label shift"),
          SynonymGroup.concept(
              "data.imbalance-handling", "downsampling", "down-sampling", "under-sampling", "class weights", "up-weighting"),
          SynonymGroup.concept("serve.scaling", "autoscaling", "auto-scaling", "horizontal scaling", "scale out"));

  @TestFactory
  Stream<DynamicTest> everySynonymOfAGroupIsFoundByTheSameConcept() {
    List<DynamicTest> tests = new ArrayList<>();
    for (SynonymGroup group : SYNONYM_GROUPS) {
      for (String member : group.members()) {
        String sentence = "Here we would use " + member + " for this part.";
        int start = sentence.indexOf(member);
        int end = start + member.length();
        tests.add(
            dynamicTest(
                group.target() + " finds: " + member,
                () -> {
                  List<Hit> hits = MATCHER.match(TextModel.parse(sentence));
                  boolean found =
                      hits.stream()
                          .anyMatch(h -> group.covers(h.concept()) && h.start() >= start && h.end() <= end && h.end() > h.start());
                  assertTrue(
                      found,
                      (group.byTag() ? "tag " : "concept ")
                          + group.target()
                          + " should match '"
                          + member
                          + "' at ["
                          + start
                          + ", "
                          + end
                          + ") in '"
                          + sentence
                          + "'; hits: "
                          + hits.stream()
                              .map(h -> h.concept().id() + "[" + h.start() + "," + h.end() + ")")
                              .collect(Collectors.joining(" ")));
                }));
      }
    }
    return tests.stream();
  }
}
