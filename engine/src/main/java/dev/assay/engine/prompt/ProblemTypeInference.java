package dev.assay.engine.prompt;

import dev.assay.engine.model.ProblemType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the problem type of a free-text prompt (or of an answer) from what it asks for, with a
 * confidence.
 *
 * <p>Each type has cue patterns with weights; the confidence is the winner's share of all cue
 * weight, scaled down when the evidence is thin.
 */
public final class ProblemTypeInference {
  private record Cue(ProblemType type, Pattern pattern, double weight) {}

  /** A guess and how sure it is. */
  public record Guess(ProblemType type, double confidence) {}

  private static final List<Cue> CUES =
      List.of(
          cue(ProblemType.FRAUD, "fraud|fake (?:account|profile|review)|bots?\\b|spam(?:mer)? accounts?|account takeover|abuse|anomal|scam|money laundering|illegal trading|insider trading|chargeback|suspicious (?:transaction|activity|login)", 3),
          cue(ProblemType.FRAUD, "payment|transaction|credit card|login", 1),
          cue(ProblemType.HARMFUL_CONTENT, "harmful|hate speech|violen|nudity|\\bnsfw\\b|moderat|misinformation|integrity|illegal content|graphic content|extremis|self-harm|policy.violating", 3),
          cue(ProblemType.NLP_CLASSIFICATION, "toxic|sentiment|intent|spam (?:e-?mail|message|comment|text)|comments?\\b|classify (?:text|messages|tickets|emails|reviews)|text classification|support tickets|language identification|emails?\\b", 2),
          cue(ProblemType.RECOMMENDATION, "recommend|news ?feed|\\bfeed\\b|people you may know|friend suggestion|similar (?:listings|items|products)|personali[sz]|suggest(?:ion)?s?\\b|playlist|for you|who to follow|next (?:video|song)", 3),
          cue(ProblemType.ADS_CTR, "\\bads?\\b|advert|click.through|\\bctr\\b|conversion (?:rate )?prediction|sponsored|bid(?:ding)?\\b|auction", 3),
          cue(ProblemType.SEARCH, "search|retriev|query|queries|look.?up|visual(?:ly)? similar|image similarity|semantic matching|autocomplete|question answering", 3),
          cue(ProblemType.IMAGE_CLASSIFICATION, "image classification|classif(?:y|ies|ying|ication) (?:of )?(?:images|photos|pictures)|(?:images|photos|pictures)\\b.{0,40}\\bclassif|categori[sz]e (?:images|photos)|label(?:ling|ing)? (?:images|photos)|computer vision|(?:photos|images|pictures)\\b.{0,30}\\b(?:categor|classes|tags\\b)|tag(?:s|ging)? (?:photos|images)", 3),
          cue(ProblemType.OBJECT_DETECTION, "detect(?:s|ing|ion)? (?:faces|objects|pedestrians|plates|licen[cs]e plates|defects|cars|vehicles)|blur|bounding box|object detection|perception|self.driving|autonomous|jaywalk|defect|street.?view|\\bocr\\b|segmentation", 3),
          cue(ProblemType.REGRESSION, "\\beta\\b|estimated time|arrival time|time of arrival|predict (?:the )?(?:price|demand|duration|delivery time|sales|revenue|value)|forecast|pricing|how long|delivery time|house price|demand prediction|regression|lifetime value", 3));

  private static Cue cue(ProblemType type, String regex, double weight) {
    return new Cue(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), weight);
  }

  /** The most likely type for the text, or fraud-free recommendation-free defaults when no cue fires. */
  public Guess infer(String text) {
    String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
    Map<ProblemType, Double> score = new EnumMap<>(ProblemType.class);
    for (Cue cue : CUES) {
      Matcher m = cue.pattern().matcher(t);
      int hits = 0;
      while (m.find() && hits < 3) {
        hits++;
      }
      if (hits > 0) {
        score.merge(cue.type(), cue.weight() * (1 + 0.25 * (hits - 1)), Double::sum);
      }
    }
    // Ads are recommendation-shaped; harmful content outranks plain text classification.
    if (score.containsKey(ProblemType.ADS_CTR)) {
      score.computeIfPresent(ProblemType.RECOMMENDATION, (k, v) -> v * 0.5);
    }
    if (score.containsKey(ProblemType.HARMFUL_CONTENT)) {
      score.computeIfPresent(ProblemType.NLP_CLASSIFICATION, (k, v) -> v * 0.5);
    }
    if (score.containsKey(ProblemType.OBJECT_DETECTION)) {
      score.computeIfPresent(ProblemType.IMAGE_CLASSIFICATION, (k, v) -> v * 0.5);
    }
    if (score.isEmpty()) {
      return new Guess(ProblemType.RECOMMENDATION, 0.1);
    }
    ProblemType best = null;
    double total = 0;
    for (Map.Entry<ProblemType, Double> e : score.entrySet()) {
      total += e.getValue();
      if (best == null || e.getValue() > score.get(best)) {
        best = e.getKey();
      }
    }
    double share = score.get(best) / total;
    double strength = Math.min(1.0, score.get(best) / 3.0);
    return new Guess(best, Math.round(share * strength * 100) / 100.0);
  }
}
