package dev.assay.engine.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.concept.Lexicon;
import dev.assay.engine.model.Step;
import dev.assay.spi.InvalidParameterException;
import dev.assay.spi.Parameter;
import dev.assay.spi.Parameters;
import dev.assay.spi.PluginContext;
import dev.assay.spi.ScorerPlugin;
import dev.assay.spi.ScorerResult;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad plugins get a precise error: left out of the registry, or a problem on the rubric that uses them. */
class PluginValidationTest {
  /** A plugin whose behaviour each test picks. */
  record Plugin(String name, List<Parameter> params, RuntimeException onPrepare) implements ScorerPlugin {
    @Override
    public String description() {
      return "test";
    }

    @Override
    public List<Parameter> parameters() {
      return params;
    }

    @Override
    public Prepared prepare(String criterion, Parameters p, PluginContext c) throws InvalidParameterException {
      if (onPrepare != null) {
        throw onPrepare;
      }
      if (p.number("k", 1) < 0) {
        throw new InvalidParameterException("k", "must not be negative");
      }
      return answer -> new ScorerResult(List.of(), List.of());
    }
  }

  static final Plugin GOOD = new Plugin("good", List.of(Parameter.required("k", Parameter.Type.NUMBER, "a knob")), null);

  static RubricValidator validator(ScorerRegistry registry) throws IOException {
    Map<String, Step> builtIn = new LinkedHashMap<>();
    for (Step s : Step.values()) {
      builtIn.put(s.id() + ".one", s);
    }
    Lexicon lexicon = Lexicon.read(new StringReader("[metric.pr-auc]\nstep = evaluation\ntags = offline-metric\nq = \"pr auc\"\n"), "test");
    return new RubricValidator(builtIn, lexicon, registry);
  }

  static String rubric(String scorer, String params) {
    StringBuilder criteria = new StringBuilder();
    for (Step s : Step.values()) {
      criteria.append("{\"id\": \"").append(s.id()).append(".one\"},");
    }
    return "{\"id\": \"t\", \"version\": \"1\", \"steps\": {\"requirements\": 10, \"framing\": 10, \"data\": 10, \"model\": 20, \"evaluation\": 20,"
        + " \"serving\": 20, \"monitoring\": 10}, \"criteria\": [" + criteria
        + " {\"id\": \"custom.judged\", \"step\": \"model\"}], \"scorers\": [{\"scorer\": \"" + scorer + "\", \"criterion\": \"custom.judged\", \"params\": "
        + params + "}], \"gradeBands\": [{\"grade\": 1, \"label\": \"no\", \"min\": 0}, {\"grade\": 2, \"label\": \"yes\", \"min\": 50}]}";
  }

  @Test
  void aRegistryLeavesOutPluginsWithBadOrTakenNames() {
    ScorerPlugin throwing = new ScorerPlugin() {
      @Override
      public String name() {
        throw new IllegalStateException("boom");
      }

      @Override
      public String description() {
        return "";
      }

      @Override
      public List<Parameter> parameters() {
        return List.of();
      }

      @Override
      public Prepared prepare(String criterion, Parameters params, PluginContext context) {
        return null;
      }
    };
    ScorerRegistry r = ScorerRegistry.of(List.of(GOOD, new Plugin("Bad Name", List.of(), null), new Plugin("good", List.of(), null), throwing));
    assertEquals(List.of("good"), r.names());
    assertEquals(3, r.broken().size(), r.broken().toString());
    assertTrue(r.broken().get(0).contains("malformed name 'Bad Name'"), r.broken().toString());
    assertTrue(r.broken().get(1).contains("is taken"), r.broken().toString());
    assertTrue(r.broken().get(2).contains("boom"), r.broken().toString());
  }

  @Test
  void aValidUseIsPreparedOnce() throws IOException {
    Rubric r = validator(ScorerRegistry.of(List.of(GOOD))).read(rubric("good", "{\"k\": 2}"), RubricFiles.none());
    assertEquals(1, r.scorers().size());
    assertTrue(r.scorers().get(0).prepared().isPresent());
    assertEquals(Map.of("k", 2), r.scorers().get(0).params());
  }

  @Test
  void parameterProblemsAreReportedOnTheParameter() throws IOException {
    RubricValidator v = validator(ScorerRegistry.of(List.of(GOOD)));
    assertEquals(List.of(new RubricValidator.Problem("$.scorers[0].params.k", "required parameter of scorer 'good' missing: a knob")),
        v.validate(rubric("good", "{}"), RubricFiles.none()));
    assertEquals(List.of(new RubricValidator.Problem("$.scorers[0].params.k", "expected a number")),
        v.validate(rubric("good", "{\"k\": \"two\"}"), RubricFiles.none()));
    assertEquals(List.of(new RubricValidator.Problem("$.scorers[0].params.k", "must not be negative")),
        v.validate(rubric("good", "{\"k\": -1}"), RubricFiles.none()));
  }

  @Test
  void aPluginThatThrowsWhilePreparingIsAProblemNotACrash() throws IOException {
    Plugin crashing = new Plugin("crashing", List.of(), new IllegalStateException("cannot load weights"));
    List<RubricValidator.Problem> problems = validator(ScorerRegistry.of(List.of(crashing))).validate(rubric("crashing", "{}"), RubricFiles.none());
    assertEquals(List.of(new RubricValidator.Problem("$.scorers[0].scorer",
        "scorer 'crashing' failed to prepare: java.lang.IllegalStateException: cannot load weights")), problems);
  }
}
