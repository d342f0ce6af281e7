package dev.assay.engine.rules;

import dev.assay.engine.concept.Mention;
import java.util.regex.Pattern;

/** Named conditions the DRL rules call where a constraint would take more than a line. */
public final class Predicates {
  private static final Pattern WHOLE_DATASET =
      Pattern.compile(
          "\\b(?:whole|entire|full|all the|all of the) (?:data ?set|data|corpus|history)|before (?:the )?split|then (?:we )?split|only then|before splitting|(?:after (?:this|that)|afterwards),? we split",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAIN_ONLY =
      Pattern.compile(
          "\\b(?:training (?:set|split|fold|data) only|only (?:in|on|to) the training|after (?:the )?split(?:ting)?|within the training|train(?:ing)? split only)",
          Pattern.CASE_INSENSITIVE);

  private Predicates() {}

  /**
   * Whether the answer resamples the minority class before it splits the data: the text from the
   * oversampling to the split says so ("across the whole dataset", "only then split") and never
   * confines the resampling to the training split.
   */
  public static boolean resampledBeforeSplit(Verdicts out, Mention oversampling, Mention split) {
    String text = out.answer();
    int from = Math.max(0, oversampling.start() - 200);
    int to = Math.min(text.length(), split.end() + 80);
    String window = text.substring(from, to);
    return WHOLE_DATASET.matcher(window).find() && !TRAIN_ONLY.matcher(window).find();
  }

  /** Whether a specific ML category fits the problem type (framing.ml-category). */
  public static boolean categoryFits(Context c, Mention m) {
    if (c.ranking()) {
      return m.hasTag("cat-ranking") || m.hasTag("cat-retrieval") || m.hasTag("cat-link");
    }
    return switch (c.problemType()) {
      case "regression" -> m.hasTag("cat-regression");
      case "object-detection" -> m.hasTag("cat-detection");
      case "ads-ctr" -> m.hasTag("cat-classification") || m.hasTag("cat-ranking");
      case "image-classification" -> m.hasTag("cat-multi") || m.is("frame.cat-binary");
      default -> m.hasTag("cat-classification") && m.hasTag("cat-specific");
    };
  }
}
