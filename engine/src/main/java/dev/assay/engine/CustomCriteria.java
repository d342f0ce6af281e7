package dev.assay.engine;

import dev.assay.engine.concept.ConceptMatcher;
import dev.assay.engine.concept.ConceptQueryParser;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.concept.Polarity;
import dev.assay.engine.concept.PolarityDetector;
import dev.assay.engine.model.Evaluation.RuleFailure;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Status;
import dev.assay.engine.rules.Judgement;
import dev.assay.engine.rules.Statement;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.text.TextModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Judges a rubric's custom criteria: each one's query is matched over the answer like a lexicon
 * concept (sentence by sentence, with exact offsets); a match the candidate asserts in the body
 * makes the criterion partial, and met when its sentence also holds what the criterion's {@code
 * metWhen} asks for (a number, a reason, a named technique). A match under a negation ("we won't
 * need GDPR here") or put off counts for nothing.
 */
final class CustomCriteria {
  static final double MET_CONFIDENCE = 0.8;
  static final double PARTIAL_CONFIDENCE = 0.7;

  private final ConceptMatcher matcher;
  private final PolarityDetector polarity;

  CustomCriteria(ConceptMatcher matcher, PolarityDetector polarity) {
    this.matcher = matcher;
    this.polarity = polarity;
  }

  /**
   * Judges every enabled custom criterion with a query whose rule the selection lets run; a query
   * that cannot be parsed or run (a rubric read without validation) is listed as its rule's failure.
   */
  List<Judgement> judge(
      Rubric rubric, TextModel model, List<Statement> statements, List<Mention> mentions, Predicate<String> fires, List<RuleFailure> failures) {
    List<Judgement> out = new ArrayList<>();
    for (Rubric.Criterion c : rubric.criteria()) {
      if (!c.enabled() || c.match().isEmpty() || !fires.test(c.ruleId())) {
        continue;
      }
      List<ConceptMatcher.Found> found;
      try {
        Query q = ConceptQueryParser.parse(matcher.lexicon(), c.match().get().query());
        found = matcher.find(model, List.of(q)).get(0);
      } catch (ParseException | RuntimeException e) {
        failures.add(new RuleFailure(c.ruleId(), "the query of " + c.id() + " cannot run: " + e.getMessage()));
        continue;
      }
      judge(c, found, model, statements, mentions, out);
    }
    return out;
  }

  private void judge(
      Rubric.Criterion c, List<ConceptMatcher.Found> found, TextModel model, List<Statement> statements, List<Mention> mentions, List<Judgement> out) {
    Rubric.Match match = c.match().orElseThrow();
    List<Span> met = new ArrayList<>();
    List<Span> partial = new ArrayList<>();
    String answer = model.text();
    for (ConceptMatcher.Found f : found) {
      Statement st = statements.get(f.sentence());
      if (!st.credited() || !asserted(answer, st, f)) {
        continue;
      }
      Span span = Span.of(answer, f.start(), f.end());
      if (match.metWhen().isEmpty() || match.metWhen().stream().anyMatch(w -> holds(w, match, st, f, mentions))) {
        met.add(span);
      } else {
        partial.add(span);
      }
    }
    if (!met.isEmpty()) {
      out.add(new Judgement(c.ruleId(), c.id(), Status.MET, MET_CONFIDENCE, List.copyOf(met), ""));
    } else if (!partial.isEmpty()) {
      out.add(new Judgement(c.ruleId(), c.id(), Status.PARTIAL, PARTIAL_CONFIDENCE, List.copyOf(partial), ""));
    }
  }

  private boolean asserted(String answer, Statement st, ConceptMatcher.Found f) {
    Polarity p = polarity.classify(answer.substring(st.start(), st.end()), f.start() - st.start(), f.end() - st.start());
    return p == Polarity.AFFIRMED || p == Polarity.HEDGED;
  }

  private static boolean holds(String condition, Rubric.Match match, Statement st, ConceptMatcher.Found f, List<Mention> mentions) {
    return switch (condition) {
      case "number" -> st.hasNumber();
      case "reason" -> st.hasReason();
      case "technique" -> mentions.stream().anyMatch(m -> m.sentence() == f.sentence() && m.isCredited()
          && (m.end() <= f.start() || m.start() >= f.end()) && counts(m, match.techniques()));
      default -> false;
    };
  }

  private static boolean counts(Mention m, List<String> techniques) {
    if (techniques.isEmpty()) {
      return true;
    }
    for (String t : techniques) {
      if (t.startsWith("tag:") ? m.hasTag(t.substring(4)) : m.concept().equals(t)) {
        return true;
      }
    }
    return false;
  }
}
