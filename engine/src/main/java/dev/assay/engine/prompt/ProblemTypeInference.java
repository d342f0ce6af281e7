package dev.assay.engine.prompt;

import dev.assay.engine.model.ProblemType;
import dev.assay.engine.regex.Regex;
import dev.assay.engine.regex.RegexSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Infers the problem type of a free-text prompt (or of an answer) from what it asks for, with a
 * confidence.
 *
 * <p>Each type has cue patterns with weights; the confidence is the winner's share of all cue
 * weight, scaled down when the evidence is thin.
 */
public final class ProblemTypeInference {
  private record Cue(ProblemType type, Regex pattern, double weight) {}

  /** A guess and how sure it is. */
  public record Guess(ProblemType type, double confidence) {}

  private static final List<Cue> CUES =
      List.of(
          cue(ProblemType.FRAUD, "fraud|fake (?:account|profile|review)|bots?\\b|spam(?:mer)? accounts?|account takeover|abuse|anomal|scam|money laundering|illegal trading|insider trading|chargeback|suspicious (?:transaction|activity|login)", 3),
          cue(ProblemType.FRAUD, "payment|transaction|credit card|login", 1),
          cue(ProblemType.HARMFUL_CONTENT, "harmful|hate speech|violen|nudity|\\bnsfw\\b|moderat|misinformation|integrity|illegal content|graphic content|extremis|self-harm|policy.violating", 3),
          cue(ProblemType.NLP_CLASSIFICATION, "toxic|sentiment|intent|spam (?:e-?mail|message|comment|text)|comments?\\b|classify (?:text|messages|tickets|emails|reviews)|text classification|support tickets|language identification|emails?\\b", 2),
          cue(ProblemType.RECOMMENDATION, "recommend|news ?feed|\\bfeed\\b|people you may know|friend suggestion|similar (?:listings|items|products)|personali[sz]|suggest(?:ion)?s?\\b|playlist|for you|who to follow|next (?:video|song)", 3),
          cue(ProblemType.RECOMMENDATION, "\\bndcg\\b|collaborative filtering|co-?(?:play|watch|purchase|occurrence|visitation)s?\\b|cold.start|two.tower|candidate generation|user.item|item.to.item|matchmak|teammates? (?:suggest|recommend|match)", 2),
          cue(ProblemType.ADS_CTR, "\\bads?\\b|advert|click.through|\\bctr\\b|conversion (?:rate )?prediction|sponsored|bid(?:ding)?\\b|auction", 3),
          cue(ProblemType.SEARCH, "search|retriev|query|queries|look.?up|visual(?:ly)? similar|image similarity|semantic matching|autocomplete|question answering", 3),
          cue(ProblemType.IMAGE_CLASSIFICATION, "image classification|classif(?:y|ies|ying|ication) (?:of )?(?:images|photos|pictures)|(?:images|photos|pictures)\\b.{0,40}\\bclassif|categori[sz]e (?:images|photos)|label(?:ling|ing)? (?:images|photos)|computer vision|(?:photos|images|pictures)\\b.{0,30}\\b(?:categor|classes|tags\\b)|tag(?:s|ging)? (?:photos|images)", 3),
          cue(ProblemType.OBJECT_DETECTION, "detect(?:s|ing|ion)? (?:faces|objects|pedestrians|plates|licen[cs]e plates|defects|cars|vehicles)|blur|bounding box|object detection|object detectors?|two.stage detectors?|one.stage detectors?|perception|self.driving|autonomous|jaywalk|defect|street.?view|\\bocr\\b|segmentation", 3),
          cue(ProblemType.REGRESSION, "\\beta\\b|estimated time|arrival time|time of arrival|predict (?:the )?(?:price|demand|duration|delivery time|sales|revenue|value)|forecast|pricing|how long|delivery time|house price|demand prediction|regression|lifetime value", 3));

  /** Every cue's pattern, read in one pass: only those that match at all are counted. */
  private static final RegexSet CUE_SET = RegexSet.of(CUES.stream().map(Cue::pattern).toArray(Regex[]::new));

  private static Cue cue(ProblemType type, String regex, double weight) {
    return new Cue(type, Regex.compile(regex, Pattern.CASE_INSENSITIVE), weight);
  }

  /** Below this share of the answer's strongest type, the prompt's own type counts as absent. */
  static final double ABSENT_SHARE = 0.15;

  /** The least cue weight the answer's strongest family of types needs before a mismatch is believed. */
  static final double STRONG_WEIGHT = 6.0;

  /**
   * The type an answer evidently designs for instead of the prompt's, if any: the prompt's type
   * is all but absent from the answer while another family of types dominates it (the cue weight
   * of a family is the sum of its types', so a design that mixes retrieval, ranking and ads
   * vocabulary still reads as one). Types of one family (recommendation, ads and search; harmful
   * content and text classification; image classification and detection) never count as a
   * mismatch.
   */
  public java.util.Optional<ProblemType> otherSystem(String answer, ProblemType promptType) {
    Map<ProblemType, Double> score = scores(answer);
    double[] families = new double[FAMILIES];
    for (Map.Entry<ProblemType, Double> e : score.entrySet()) {
      families[family(e.getKey())] += e.getValue();
    }
    int topFamily = 0;
    for (int f = 1; f < FAMILIES; f++) {
      if (families[f] > families[topFamily]) {
        topFamily = f;
      }
    }
    if (topFamily == family(promptType) || families[topFamily] < STRONG_WEIGHT) {
      return java.util.Optional.empty();
    }
    ProblemType top = null;
    for (Map.Entry<ProblemType, Double> e : score.entrySet()) {
      if (family(e.getKey()) == topFamily && (top == null || e.getValue() > score.get(top))) {
        top = e.getKey();
      }
    }
    double own = score.getOrDefault(promptType, 0.0);
    return own < ABSENT_SHARE * families[topFamily] ? java.util.Optional.of(top) : java.util.Optional.empty();
  }

  private static final int FAMILIES = 5;

  private static int family(ProblemType t) {
    return switch (t) {
      case RECOMMENDATION, ADS_CTR, SEARCH -> 0;
      case FRAUD -> 1;
      case HARMFUL_CONTENT, NLP_CLASSIFICATION -> 2;
      case IMAGE_CLASSIFICATION, OBJECT_DETECTION -> 3;
      case REGRESSION -> 4;
    };
  }

  /** The most likely type for the text, with a low confidence when no cue fires. */
  public Guess infer(String text) {
    Map<ProblemType, Double> score = scores(text);
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

  /**
   * The cue weight each type collects in the text (types with none are absent). Repeated cues count
   * with diminishing weight, and the closest neighbours of a type (ads within recommendation,
   * harmful content within text classification, detection within image classification) yield to
   * it.
   */
  public Map<ProblemType, Double> scores(String text) {
    String t = text == null ? "" : text.toLowerCase(Locale.ROOT);
    Map<ProblemType, Double> score = new EnumMap<>(ProblemType.class);
    int[] counts = CUE_SET.counts(t, 12);
    for (int i = 0; i < CUES.size(); i++) {
      Cue cue = CUES.get(i);
      int hits = counts[i];
      if (hits > 0) {
        score.merge(cue.type(), cue.weight() * (1 + Math.log(hits)), Double::sum);
      }
    }
    if (score.containsKey(ProblemType.ADS_CTR)) {
      score.computeIfPresent(ProblemType.RECOMMENDATION, (k, v) -> v * 0.5);
    }
    if (score.containsKey(ProblemType.HARMFUL_CONTENT)) {
      score.computeIfPresent(ProblemType.NLP_CLASSIFICATION, (k, v) -> v * 0.5);
    }
    if (score.containsKey(ProblemType.OBJECT_DETECTION)) {
      score.computeIfPresent(ProblemType.IMAGE_CLASSIFICATION, (k, v) -> v * 0.5);
    }
    return score;
  }
}
