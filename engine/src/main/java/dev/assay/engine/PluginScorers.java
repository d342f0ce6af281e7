package dev.assay.engine;

import dev.assay.engine.concept.AnswerAnalyzer;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.model.Evaluation.Finding;
import dev.assay.engine.model.Evaluation.RuleFailure;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Status;
import dev.assay.engine.rules.Judgement;
import dev.assay.engine.rules.Statement;
import dev.assay.engine.score.RubricFiles;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.ScorerRegistry;
import dev.assay.spi.AnalysedAnswer;
import dev.assay.spi.CriterionJudgement;
import dev.assay.spi.InvalidParameterException;
import dev.assay.spi.Parameter;
import dev.assay.spi.Parameters;
import dev.assay.spi.PluginFinding;
import dev.assay.spi.ScorerPlugin;
import dev.assay.spi.ScorerResult;
import dev.assay.spi.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Runs a rubric's plugin scorers over an analysed answer and turns what they return into
 * judgements and findings, checking it: a scorer that throws, judges a criterion it was not given,
 * or points outside the answer is listed as a failure under its rule id, and the evaluation goes on
 * without what was wrong.
 */
final class PluginScorers {
  private final ScorerRegistry registry;
  private final AnswerAnalyzer analyzer = new AnswerAnalyzer();
  /** Scorers of rubrics read without validation, prepared on first use (without files). */
  private final Map<Rubric.ScorerUse, ScorerPlugin.Prepared> lazy = new ConcurrentHashMap<>();

  PluginScorers(ScorerRegistry registry) {
    this.registry = registry;
  }

  /** What the scorers concluded. */
  record Outcome(List<Judgement> judgements, List<Finding> findings, List<RuleFailure> failures) {}

  Outcome run(Rubric rubric, String answer, String problemType, List<Statement> statements, List<Mention> mentions, Predicate<String> fires) {
    List<Judgement> judgements = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<RuleFailure> failures = new ArrayList<>();
    AnalysedAnswer view = null;
    for (Rubric.ScorerUse use : rubric.scorers()) {
      String ruleId = use.ruleId();
      Optional<Rubric.Criterion> criterion = rubric.criterion(use.criterion());
      if (!fires.test(ruleId) || criterion.isEmpty() || !criterion.get().enabled()) {
        continue;
      }
      if (view == null) {
        view = view(answer, problemType, statements, mentions);
      }
      ScorerResult result;
      try {
        ScorerPlugin.Prepared prepared = use.prepared().orElseGet(() -> lazy.computeIfAbsent(use, this::prepare));
        result = prepared.score(view);
        if (result == null) {
          throw new IllegalStateException("returned no result");
        }
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new RuleFailure(ruleId, "scorer " + use.scorer() + " failed: " + e));
        continue;
      }
      String step = criterion.get().step().id();
      for (CriterionJudgement j : result.judgements()) {
        if (!use.criterion().equals(j.criterion())) {
          failures.add(new RuleFailure(ruleId, "scorer " + use.scorer() + " judged '" + j.criterion() + "', but the rubric gave it '" + use.criterion() + "'"));
          continue;
        }
        if (j.verdict() == null) {
          failures.add(new RuleFailure(ruleId, "scorer " + use.scorer() + " gave no verdict"));
          continue;
        }
        List<Span> spans = spans(j.evidence(), answer, ruleId, use, failures);
        double confidence = Double.isFinite(j.confidence()) ? Math.max(0, Math.min(1, j.confidence())) : 0.5;
        judgements.add(new Judgement(ruleId, use.criterion(), Status.valueOf(j.verdict().name()), confidence, spans, ""));
      }
      for (PluginFinding f : result.findings()) {
        if (f.criterion() != null && !use.criterion().equals(f.criterion())) {
          failures.add(new RuleFailure(ruleId, "scorer " + use.scorer() + " wrote a finding on '" + f.criterion() + "', but the rubric gave it '" + use.criterion() + "'"));
          continue;
        }
        String severity = f.severity() == null ? "info" : f.severity().name().toLowerCase(Locale.ROOT);
        findings.add(new Finding(ruleId, use.criterion(), step, severity, String.valueOf(f.message()), f.suggestion() == null ? "" : f.suggestion(),
            spans(f.spans(), answer, ruleId, use, failures)));
      }
    }
    return new Outcome(List.copyOf(judgements), List.copyOf(findings), List.copyOf(failures));
  }

  private ScorerPlugin.Prepared prepare(Rubric.ScorerUse use) {
    ScorerPlugin plugin = registry.find(use.scorer()).orElseThrow(() -> new IllegalStateException("no scorer named '" + use.scorer() + "' is installed"));
    Map<String, Object> values = new LinkedHashMap<>();
    for (Parameter p : plugin.parameters()) {
      Object raw = use.params().get(p.name());
      if (raw != null) {
        values.put(p.name(), raw instanceof Number n ? (Object) n.doubleValue() : raw);
      }
    }
    try {
      return plugin.prepare(use.criterion(), new Parameters(values), RubricFiles.none());
    } catch (InvalidParameterException e) {
      throw new IllegalStateException("parameter " + e.parameter() + ": " + e.getMessage());
    }
  }

  private static List<Span> spans(List<TextRange> ranges, String answer, String ruleId, Rubric.ScorerUse use, List<RuleFailure> failures) {
    List<Span> out = new ArrayList<>();
    for (TextRange r : ranges == null ? List.<TextRange>of() : ranges) {
      if (r == null || r.start() < 0 || r.end() > answer.length() || r.end() <= r.start()) {
        failures.add(new RuleFailure(ruleId, "scorer " + use.scorer() + " pointed outside the answer: " + r));
      } else {
        out.add(Span.of(answer, r.start(), r.end()));
      }
    }
    out.sort(null);
    return List.copyOf(out);
  }

  private AnalysedAnswer view(String answer, String problemType, List<Statement> statements, List<Mention> mentions) {
    List<AnalysedAnswer.AnswerSentence> sentences = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      sentences.add(new AnalysedAnswer.AnswerSentence(s.start(), s.end(), s.step() == null ? "" : s.step().id(), s.credited(), s.hasNumber(), s.hasReason()));
    }
    List<AnalysedAnswer.ConceptMention> found = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      found.add(new AnalysedAnswer.ConceptMention(m.concept(), m.start(), m.end(), m.sentence(), m.isCredited()));
    }
    return new AnalysedAnswer(answer, problemType, List.copyOf(sentences), List.copyOf(found), analyzer);
  }
}
