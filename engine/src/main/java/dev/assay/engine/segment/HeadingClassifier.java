package dev.assay.engine.segment;

import dev.assay.engine.model.Step;
import dev.assay.engine.regex.Regex;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which framework step a heading names, whatever its wording: "Problem framing", "4. Model
 * Development", "How we'll know it works", "Keeping it alive".
 *
 * <p>Each step has strong cue words (weight 1) and weak ones (weight 0.5); the step with the
 * highest total wins, the earliest cue breaking ties. A heading with no cue names no step.
 */
public final class HeadingClassifier {
  private record Cue(Step step, Regex pattern, double weight) {}

  private static final List<Cue> CUES =
      List.of(
          strong(Step.REQUIREMENTS, "requirement|clarif|scop(?:e|ing)|assum|questions?|pin down|constraint|use case|problem statement|background|context|non-functional|capacity|estimat|goals?\\b|business objective|what are we (?:actually )?(?:trying|building|solving)|before (?:we|drawing|designing|diving|jumping)"),
          weak(Step.REQUIREMENTS, "overview|\\bscale\\b|understand"),
          strong(Step.FRAMING, "fram(?:e|ing)|formulat|ml (?:task|objective|problem)|problem definition|task definition|what are we optimi|do we (?:even |really )?need|need (?:ml|a model|machine learning)|ml category|input.{0,5}output|approach"),
          weak(Step.FRAMING, "objective|high.level design"),
          strong(Step.DATA, "\\bdata\\b|dataset|feature|label|annotat|preprocess|sampling|ingest|training set|where the .{0,20}come from"),
          weak(Step.DATA, "sources?|representation|split"),
          strong(Step.MODEL, "\\bmodels?\\b(?! (?:serving|deployment|monitoring))|modell?ing|training|algorithm|network|ladder|learning|teaching|loss"),
          weak(Step.MODEL, "architecture|baseline|candidate generation|ranking|retrieval"),
          strong(Step.EVALUATION, "evaluat|metric|measur|experiment|a/?b test|know (?:it|if it|whether it) works|success|validat|how (?:we'll|we will|will we|do we) (?:know|judge|tell)"),
          weak(Step.EVALUATION, "offline|testing|\\btests?\\b|results?"),
          strong(Step.SERVING, "serv(?:e|ing)|deploy|inference|production|prediction (?:service|pipeline)|roll.?out|launch|ship|in front of users|going live|system design|online testing"),
          weak(Step.SERVING, "scal(?:e|ing)|latency|architect|infrastructure|components|pipeline"),
          strong(Step.MONITORING, "monitor|maint(?:ain|enance)|retrain|drift|mlops|observab|keeping it|updates?|iterat|operations|feedback loop|alert|after launch|long.term|day 2"),
          weak(Step.MONITORING, "infrastructure|improve"));

  private static Cue strong(Step step, String regex) {
    return new Cue(step, Regex.compile(regex, Pattern.CASE_INSENSITIVE), 1.0);
  }

  private static Cue weak(Step step, String regex) {
    return new Cue(step, Regex.compile(regex, Pattern.CASE_INSENSITIVE), 0.5);
  }

  /** The step a heading names, if any. */
  public Optional<Step> classify(String heading) {
    String h = markupToSpaces(heading.toLowerCase(Locale.ROOT));
    Map<Step, Double> score = new EnumMap<>(Step.class);
    Map<Step, Integer> first = new EnumMap<>(Step.class);
    for (Cue cue : CUES) {
      Regex.Scan m = cue.pattern().scan(h);
      while (m.next()) {
        score.merge(cue.step(), cue.weight(), Double::sum);
        first.merge(cue.step(), m.start(), Math::min);
      }
    }
    Step best = null;
    for (Step s : score.keySet()) {
      if (best == null
          || score.get(s) > score.get(best)
          || (score.get(s).equals(score.get(best)) && first.get(s) < first.get(best))) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The heading with each markdown emphasis or heading mark ({@code * _ # `}) made a space. */
  private static String markupToSpaces(String h) {
    char[] chars = null;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c == '*' || c == '_' || c == '#' || c == '`') {
        if (chars == null) {
          chars = h.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? h : new String(chars);
  }
}
