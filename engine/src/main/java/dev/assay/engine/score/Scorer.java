package dev.assay.engine.score;

import dev.assay.engine.model.Evaluation.CriterionResult;
import dev.assay.engine.model.Evaluation.Finding;
import dev.assay.engine.model.Evaluation.Range;
import dev.assay.engine.model.Evaluation.ReviewItem;
import dev.assay.engine.model.Evaluation.Score;
import dev.assay.engine.model.Evaluation.StepResult;
import dev.assay.engine.model.Severity;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Status;
import dev.assay.engine.model.Step;
import dev.assay.engine.rules.Judgement;
import dev.assay.engine.segment.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the rules' judgements into the rubric's score: one status per criterion, points per step,
 * the total and the grade, and the findings an interviewer would write.
 *
 * <p>Per criterion, a violation wins over everything else; otherwise the best status any rule gave
 * (met over partial); with no judgement the criterion is missing. A criterion that does not apply to
 * the problem type is not applicable and its weight goes to the step's other criteria.
 */
public final class Scorer {
  static final double REVIEW_BELOW = 0.65;
  private static final int MAX_EVIDENCE = 3;
  private static final int QUOTE_LIMIT = 120;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  /** The findings the scorer words itself when no rule or plugin speaks for a criterion. */
  private static final Set<String> GENERIC = Set.of("CRITERION_PARTIAL", "CRITERION_MISSING");

  private final FeedbackCatalog feedback;

  public Scorer(FeedbackCatalog feedback) {
    this.feedback = feedback;
  }

  /**
   * What the scorer needs to know about the answer besides the judgements.
   *
   * @param pluginFindings findings plugin scorers wrote; one on a criterion replaces the generic
   *     finding the scorer would write for it
   */
  public record Input(
      String answer,
      String problemType,
      String problemTypeName,
      boolean imbalanced,
      List<Judgement> judgements,
      List<Segment> segments,
      List<Finding> pluginFindings) {

    /** An input with no plugin findings. */
    public Input(String answer, String problemType, String problemTypeName, boolean imbalanced, List<Judgement> judgements, List<Segment> segments) {
      this(answer, problemType, problemTypeName, imbalanced, judgements, segments, List.of());
    }
  }

  /** The scored parts of an evaluation. */
  public record Result(Score score, List<StepResult> steps, List<Finding> findings, List<ReviewItem> needsReview) {}

  public Result score(Rubric rubric, Input in) {
    Map<String, List<Judgement>> byCriterion = new LinkedHashMap<>();
    boolean capped = false;
    boolean gradeCapped = false;
    for (Judgement j : in.judgements()) {
      if (j.capsGrade()) {
        gradeCapped = true;
      } else if (j.capsCriteria()) {
        capped = true;
      } else if (j.criterion() != null && j.status() != null) {
        byCriterion.computeIfAbsent(j.criterion(), k -> new ArrayList<>()).add(j);
      }
    }
    List<StepResult> steps = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<ReviewItem> review = new ArrayList<>();
    double total = 0;
    int violations = 0;
    for (Step step : Step.values()) {
      double stepMax = rubric.stepWeights().get(step);
      List<Rubric.Criterion> criteria = rubric.criteriaOf(step);
      double weightSum = 0;
      for (Rubric.Criterion c : criteria) {
        if (c.appliesTo(in.problemType(), in.imbalanced())) {
          weightSum += c.weight();
        }
      }
      double stepScore = 0;
      List<CriterionResult> results = new ArrayList<>();
      for (Rubric.Criterion c : criteria) {
        if (!c.appliesTo(in.problemType(), in.imbalanced()) || weightSum == 0) {
          results.add(new CriterionResult(c.id(), Status.NOT_APPLICABLE.id(), 0, 0, 1.0, List.of(), List.of()));
          continue;
        }
        double max = stepMax * c.weight() / weightSum;
        List<Judgement> js = byCriterion.getOrDefault(c.id(), List.of());
        Status decided = decide(js);
        Status status = capped && decided == Status.MET ? Status.PARTIAL : decided;
        List<Judgement> winners = new ArrayList<>(js.size());
        for (Judgement j : js) {
          if (j.status() == decided) {
            winners.add(j);
          }
        }
        double confidence = confidence(status, js, winners);
        double points = max * status.credit();
        stepScore += points;
        if (status == Status.VIOLATED) {
          violations++;
        }
        Set<String> rules = new LinkedHashSet<>();
        List<Span> evidence = new ArrayList<>();
        for (Judgement j : winners) {
          rules.add(j.ruleId());
          for (Span s : j.spans()) {
            if (evidence.size() < MAX_EVIDENCE && !overlapsAny(evidence, s)) {
              evidence.add(s);
            }
          }
        }
        evidence.sort(null);
        results.add(new CriterionResult(c.id(), status.id(), round2(points), round2(max), round2(confidence), List.copyOf(evidence), List.copyOf(rules)));
        if (confidence < REVIEW_BELOW) {
          review.add(new ReviewItem(c.id(), status.id(), round2(confidence), reviewReason(status, js)));
        }
        List<Finding> own = ownFindings(in.pluginFindings(), c.id());
        for (Finding f : criterionFindings(c, status, winners, evidence, in)) {
          if (own.isEmpty() || !GENERIC.contains(f.ruleId())) {
            findings.add(f);
          }
        }
        findings.addAll(own);
      }
      total += stepScore;
      List<Range> ranges = new ArrayList<>();
      for (Segment s : in.segments()) {
        if (s.step() == step) {
          ranges.add(new Range(s.start(), s.end()));
        }
      }
      steps.add(new StepResult(step.id(), round2(stepScore), round2(stepMax), List.copyOf(ranges), List.copyOf(results)));
    }
    findings.addAll(noteFindings(rubric, in));
    findings = bySeverityThenStep(findings);
    double rounded = Math.round(total * 10) / 10.0;
    Rubric.Band band = rubric.band(rounded);
    int grade = Math.min(band.grade(), rubric.cap(violations));
    if (gradeCapped) {
      grade = rubric.bands().stream().mapToInt(Rubric.Band::grade).min().orElse(grade);
    }
    String label = band.label();
    if (grade != band.grade()) {
      for (Rubric.Band b : rubric.bands()) {
        if (b.grade() == grade) {
          label = b.label();
        }
      }
    }
    Score score = new Score(rounded, rubric.total(), grade, label);
    return new Result(score, List.copyOf(steps), List.copyOf(findings), List.copyOf(review));
  }

  /**
   * The findings ordered by severity, then step, keeping their order otherwise (a stable sort):
   * each finding's ranks are worked out once and packed with its place into one sort key.
   */
  private static List<Finding> bySeverityThenStep(List<Finding> findings) {
    int n = findings.size();
    if (n < 2) {
      return findings;
    }
    if (n >= 1 << 21) {
      findings.sort((a, b) -> Integer.compare(severityRank(a.severity()), severityRank(b.severity())) != 0
          ? Integer.compare(severityRank(a.severity()), severityRank(b.severity()))
          : Integer.compare(Step.fromIdOrLast(a.step()), Step.fromIdOrLast(b.step())));
      return findings;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      Finding f = findings.get(i);
      keys[i] = (long) severityRank(f.severity()) << 42 | (long) Step.fromIdOrLast(f.step()) << 21 | i;
    }
    Arrays.sort(keys);
    List<Finding> out = new ArrayList<>(n);
    for (long k : keys) {
      out.add(findings.get((int) (k & ((1 << 21) - 1))));
    }
    return out;
  }

  /** Whether a span overlaps any of those taken already. */
  private static boolean overlapsAny(List<Span> taken, Span s) {
    for (Span t : taken) {
      if (s.overlaps(t)) {
        return true;
      }
    }
    return false;
  }

  /** The plugin findings on one criterion, in order. */
  private static List<Finding> ownFindings(List<Finding> pluginFindings, String criterion) {
    if (pluginFindings.isEmpty()) {
      return List.of();
    }
    List<Finding> own = new ArrayList<>();
    for (Finding f : pluginFindings) {
      if (criterion.equals(f.criterion())) {
        own.add(f);
      }
    }
    return own;
  }

  static Status decide(List<Judgement> js) {
    Status best = Status.MISSING;
    for (Judgement j : js) {
      if (j.status() == Status.VIOLATED) {
        return Status.VIOLATED;
      }
      if (j.status() == Status.MET || (j.status() == Status.PARTIAL && best == Status.MISSING)) {
        best = j.status();
      }
    }
    return best;
  }

  private static double confidence(Status status, List<Judgement> all, List<Judgement> winners) {
    if (winners.isEmpty()) {
      return 0.85;
    }
    double c = 0;
    for (Judgement j : winners) {
      c = Math.max(c, j.confidence());
    }
    if (status == Status.VIOLATED && all.stream().anyMatch(j -> j.status() == Status.MET)) {
      c = Math.min(c, 0.55);
    }
    return c;
  }

  private static String reviewReason(Status status, List<Judgement> js) {
    if (status == Status.VIOLATED && js.stream().anyMatch(j -> j.status() == Status.MET)) {
      return "conflicting evidence: a violation and a met judgement";
    }
    if (js.isEmpty()) {
      return "no evidence found";
    }
    return "thin evidence";
  }

  private List<Finding> criterionFindings(
      Rubric.Criterion c, Status status, List<Judgement> winners, List<Span> evidence, Input in) {
    List<Finding> out = new ArrayList<>();
    String step = c.step().id();
    // A rule with its own wording speaks for itself (violations, warnings that set partial).
    boolean ruleSpoke = false;
    Set<String> spoken = new LinkedHashSet<>();
    for (Judgement j : winners) {
      Optional<FeedbackCatalog.RuleText> text = feedback.rule(j.ruleId());
      if (text.isPresent() && !text.get().message().isEmpty() && spoken.add(j.ruleId())) {
        String severity = status == Status.VIOLATED ? Severity.ERROR.id() : text.get().severity();
        out.add(new Finding(j.ruleId(), c.id(), step, severity, fill(text.get().message(), j, in),
            fill(text.get().suggestion(), j, in), j.spans()));
        ruleSpoke = true;
      }
    }
    if (ruleSpoke || status == Status.MET || status == Status.NOT_APPLICABLE) {
      return out;
    }
    String key = status == Status.PARTIAL ? "partial" : "missing";
    String severity = c.core() ? Severity.WARNING.id() : Severity.INFO.id();
    String own = status == Status.PARTIAL ? c.feedback().partial() : c.feedback().missing();
    String message = own.isEmpty() ? feedback.message(c.id(), key) : own;
    if (message.isEmpty()) {
      String title = c.title().isEmpty() ? feedback.title(c.id()) : c.title();
      message = title + (status == Status.PARTIAL ? ": touched on but thin." : ": not covered.");
    }
    String why = own.isEmpty() ? feedback.why(c.id(), in.problemType()) : "";
    String quote = evidence.isEmpty() ? "" : quote(evidence.get(0).text());
    String full = fill(message, quote, "", in) + (why.isEmpty() ? "" : " " + fill(why, quote, "", in));
    String ruleId = status == Status.PARTIAL ? "CRITERION_PARTIAL" : "CRITERION_MISSING";
    String suggestion = c.feedback().suggestion().isEmpty() ? feedback.suggestion(c.id(), key) : c.feedback().suggestion();
    out.add(new Finding(ruleId, c.id(), step, severity, full, fill(suggestion, quote, "", in), List.copyOf(evidence)));
    return out;
  }

  /** One finding per note rule, with the spans of its first few firings. */
  private List<Finding> noteFindings(Rubric rubric, Input in) {
    Map<String, List<Judgement>> byRule = new LinkedHashMap<>();
    for (Judgement j : in.judgements()) {
      if (j.status() == null || j.isCap()) {
        byRule.computeIfAbsent(j.ruleId(), k -> new ArrayList<>()).add(j);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<Judgement> js : byRule.values()) {
      Judgement j = js.get(0);
      String criterion = j.isCap() ? null : j.criterion();
      if (criterion != null
          && rubric.criterion(criterion).map(c -> !c.enabled() || !c.appliesTo(in.problemType(), in.imbalanced())).orElse(true)) {
        // A note on a criterion this rubric disables, drops or does not apply says nothing here.
        continue;
      }
      Optional<FeedbackCatalog.RuleText> text = feedback.rule(j.ruleId());
      String severity = text.map(FeedbackCatalog.RuleText::severity).orElse(Severity.INFO.id());
      String step = criterion == null ? null : criterion.substring(0, criterion.indexOf('.'));
      List<Span> spans = new ArrayList<>();
      for (Judgement other : js) {
        for (Span s : other.spans()) {
          if (spans.size() < MAX_EVIDENCE && !overlapsAny(spans, s)) {
            spans.add(s);
          }
        }
      }
      spans.sort(null);
      String message = text.map(t -> fill(t.message(), j, in)).orElse(j.ruleId());
      String suggestion = text.map(t -> fill(t.suggestion(), j, in)).orElse("");
      out.add(new Finding(j.ruleId(), criterion, step, severity, message, suggestion, List.copyOf(spans)));
    }
    return out;
  }

  private String fill(String template, Judgement j, Input in) {
    String quote = j.spans().isEmpty() ? j.detail() : quote(j.spans().get(0).text());
    return fill(template, quote, j.detail(), in);
  }

  private static String fill(String template, String quote, String number, Input in) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    return template.replace("{quote}", quote).replace("{type}", in.problemTypeName()).replace("{number}", number == null ? "" : number);
  }

  static String quote(String text) {
    String t = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    if (t.length() > QUOTE_LIMIT) {
      int cut = t.lastIndexOf(' ', QUOTE_LIMIT);
      t = t.substring(0, cut > QUOTE_LIMIT / 2 ? cut : QUOTE_LIMIT) + "\u2026";
    }
    return "\u201c" + t + "\u201d";
  }

  private static int severityRank(String severity) {
    return Severity.valueOf(severity.toUpperCase(Locale.ROOT)).ordinal();
  }

  static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
