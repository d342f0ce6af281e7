package dev.assay.plugin.exemplar;

import dev.assay.spi.AnalysedAnswer;
import dev.assay.spi.CriterionJudgement;
import dev.assay.spi.InvalidParameterException;
import dev.assay.spi.Parameter;
import dev.assay.spi.Parameters;
import dev.assay.spi.PluginContext;
import dev.assay.spi.PluginFinding;
import dev.assay.spi.ScorerPlugin;
import dev.assay.spi.ScorerResult;
import dev.assay.spi.TextRange;
import dev.assay.spi.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares an answer with instructors' model answers and judges its criterion by the share of the
 * model answer's points it covers (see {@link Coverage}); with several model answers, the one the
 * answer covers best counts, since there is more than one good design.
 */
public final class ExemplarSimilarityScorer implements ScorerPlugin {
  public static final String NAME = "exemplar-similarity";

  static final int MAX_EXEMPLARS = 20;
  static final int MAX_EXEMPLAR_CHARS = 100_000;
  static final int MAX_POINTS = 500;
  private static final int QUOTED_POINTS = 5;
  private static final int QUOTE_CHARS = 100;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Judges a criterion by how many points of instructors' model answers the answer covers (BM25 term overlap per point).";
  }

  @Override
  public List<Parameter> parameters() {
    return List.of(
        Parameter.optional("exemplars", Parameter.Type.STRING_LIST, "model answers, inline"),
        Parameter.optional("exemplarFiles", Parameter.Type.STRING_LIST, "model answer files, relative to the rubric file"),
        Parameter.optional("parts", Parameter.Type.STRING, "how a model answer is cut into points: sentences (default) or paragraphs"),
        Parameter.optional("partThreshold", Parameter.Type.NUMBER, "share of a point's weighted terms an answer passage must hold to cover it (default 0.4)"),
        Parameter.optional("met", Parameter.Type.NUMBER, "share of points covered for met (default 0.6)"),
        Parameter.optional("partial", Parameter.Type.NUMBER, "share of points covered for partial (default 0.3)"));
  }

  @Override
  public Prepared prepare(String criterion, Parameters params, PluginContext context) throws InvalidParameterException {
    List<String> texts = new ArrayList<>(params.strings("exemplars"));
    List<String> files = params.strings("exemplarFiles");
    for (int i = 0; i < files.size(); i++) {
      try {
        texts.add(context.readFile(files.get(i)));
      } catch (IOException e) {
        throw new InvalidParameterException("exemplarFiles", i, e.getMessage());
      }
    }
    if (texts.isEmpty()) {
      throw new InvalidParameterException("exemplars", "give at least one model answer, in exemplars or exemplarFiles");
    }
    if (texts.size() > MAX_EXEMPLARS) {
      throw new InvalidParameterException("exemplars", texts.size() + " model answers, over the limit of " + MAX_EXEMPLARS);
    }
    ModelAnswer.Unit unit;
    String parts = params.string("parts").orElse("sentences");
    try {
      unit = ModelAnswer.Unit.valueOf(parts.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("parts", "'" + parts + "': expected sentences or paragraphs");
    }
    double threshold = share(params, "partThreshold", 0.4, false);
    double met = share(params, "met", 0.6, false);
    double partial = share(params, "partial", 0.3, true);
    if (partial > met) {
      throw new InvalidParameterException("partial", "is above met (" + met + "): partial must need fewer points than met");
    }
    List<ModelAnswer> models = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String where = i < params.strings("exemplars").size() ? "exemplars" : "exemplarFiles";
      int index = where.equals("exemplars") ? i : i - params.strings("exemplars").size();
      if (texts.get(i).length() > MAX_EXEMPLAR_CHARS) {
        throw new InvalidParameterException(where, index, "over the limit of " + MAX_EXEMPLAR_CHARS + " characters");
      }
      ModelAnswer m = ModelAnswer.parse(texts.get(i), unit, context.analyzer());
      if (m.points().isEmpty()) {
        throw new InvalidParameterException(where, index, "no point in it: each needs at least " + ModelAnswer.MIN_TERMS + " content words");
      }
      if (m.points().size() > MAX_POINTS) {
        throw new InvalidParameterException(where, index, m.points().size() + " points, over the limit of " + MAX_POINTS);
      }
      models.add(m);
    }
    List<ModelAnswer> fixed = List.copyOf(models);
    return answer -> score(criterion, fixed, threshold, met, partial, answer);
  }

  private static double share(Parameters params, String name, double fallback, boolean zeroAllowed) throws InvalidParameterException {
    double v = params.number(name, fallback);
    if (!(v <= 1) || v < 0 || (!zeroAllowed && v == 0)) {
      throw new InvalidParameterException(name, v + ": expected a share " + (zeroAllowed ? "from 0" : "above 0") + " up to 1");
    }
    return v;
  }

  static ScorerResult score(String criterion, List<ModelAnswer> models, double threshold, double met, double partial, AnalysedAnswer answer) {
    List<Coverage.PointCoverage> best = null;
    int bestIndex = 0;
    int bestCovered = -1;
    for (int i = 0; i < models.size(); i++) {
      List<Coverage.PointCoverage> c = Coverage.of(models.get(i), answer);
      int covered = (int) c.stream().filter(p -> p.share() >= threshold).count();
      if (covered * (best == null ? 1 : best.size()) > bestCovered * c.size()) {
        best = c;
        bestIndex = i;
        bestCovered = covered;
      }
    }
    List<TextRange> evidence = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (Coverage.PointCoverage p : best) {
      if (p.share() >= threshold) {
        evidence.addAll(p.evidence());
      } else {
        missed.add(p.point().text());
      }
    }
    double share = (double) bestCovered / best.size();
    Verdict verdict = share >= met ? Verdict.MET : share >= partial && bestCovered > 0 ? Verdict.PARTIAL : Verdict.MISSING;
    String which = models.size() > 1 ? " (model answer " + (bestIndex + 1) + " of " + models.size() + ", the closest)" : "";
    List<PluginFinding> findings = new ArrayList<>();
    if (missed.isEmpty()) {
      findings.add(new PluginFinding(criterion, PluginFinding.Severity.PRAISE,
          "Covers all " + best.size() + " points of the model answer" + which + ".", "", List.copyOf(evidence)));
    } else {
      StringBuilder m = new StringBuilder();
      m.append("Covers ").append(bestCovered).append(" of ").append(best.size()).append(" points of the model answer").append(which).append(". Not covered: ");
      for (int i = 0; i < Math.min(QUOTED_POINTS, missed.size()); i++) {
        m.append(i == 0 ? "" : "; ").append(quote(missed.get(i)));
      }
      if (missed.size() > QUOTED_POINTS) {
        m.append("; and ").append(missed.size() - QUOTED_POINTS).append(" more");
      }
      m.append('.');
      findings.add(new PluginFinding(criterion, verdict == Verdict.MET ? PluginFinding.Severity.INFO : PluginFinding.Severity.WARNING,
          m.toString(), "Say how your design handles the points not covered, or why it does not need them.", List.copyOf(evidence)));
    }
    double confidence = verdict == Verdict.PARTIAL ? 0.6 : 0.75;
    return new ScorerResult(List.of(new CriterionJudgement(criterion, verdict, confidence, List.copyOf(evidence))), findings);
  }

  private static String quote(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() > QUOTE_CHARS) {
      int cut = t.lastIndexOf(' ', QUOTE_CHARS);
      t = t.substring(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS) + "\u2026";
    }
    return "\u201c" + t + "\u201d";
  }
}
