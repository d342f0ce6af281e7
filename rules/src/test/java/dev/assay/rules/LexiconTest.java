package dev.assay.rules;

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
  void lexiconHasExamplesToTest() {
    long withExamples = LEXICON.concepts().stream().filter(c -> !c.examples().isEmpty()).count();
    assertTrue(withExamples >= 10, "concepts with examples: " + withExamples);
  }
}
