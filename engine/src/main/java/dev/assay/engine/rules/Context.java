package dev.assay.engine.rules;

/**
 * What the rules know about the question being answered.
 *
 * @param problemType the problem type id (spec/criteria.md)
 * @param imbalanced whether class imbalance is expected for this answer
 * @param ranking whether ranking metrics are expected
 * @param rarePositive whether the prompt or answer says the positive class is rare
 * @param synchronous whether the decision is taken inside a user's request (payment
 *     authorisation, ad auction, feed load), so batch prediction cannot serve it
 * @param transcript whether the answer is an interview transcript
 * @param words the answer's length in words (the candidate's words only)
 * @param answerType the problem type the answer itself reads as, when it differs from the prompt's
 *     family (a recommender written for a fraud prompt), else empty
 * @param sentences how many sentences the candidate wrote in the body
 * @param decisions how many of them commit to something: first person ("we'd", "I'll") or an
 *     imperative ("Split by time", "Use PR-AUC")
 * @param descriptive how many describe a topic in the textbook voice ("are a type of", "are known
 *     for", "typically")
 */
public record Context(
    String problemType,
    boolean imbalanced,
    boolean ranking,
    boolean rarePositive,
    boolean synchronous,
    boolean transcript,
    int words,
    String answerType,
    int sentences,
    int decisions,
    int descriptive) {

  /** Whether the answer designs a different kind of system than the prompt asks for. */
  public boolean isWrongSystem() {
    return !answerType.isEmpty();
  }


  public boolean isType(String id) {
    return problemType.equals(id);
  }

  /** Whether a metric mention suits this problem type (spec/criteria.md, evaluation.metric-fit). */
  public boolean fits(dev.assay.engine.concept.Mention m) {
    if (ranking) {
      return m.hasTag("fit-ranking");
    }
    return switch (problemType) {
      case "regression" -> m.hasTag("fit-regression");
      case "object-detection" -> m.hasTag("fit-detection");
      case "ads-ctr" -> m.hasTag("fit-ads");
      case "image-classification" -> imbalanced ? m.hasTag("fit-imbalanced") : m.hasTag("fit-multiclass") || m.hasTag("fit-imbalanced");
      case "nlp-classification" -> m.hasTag("fit-nlp");
      default -> m.hasTag("fit-imbalanced");
    };
  }

  /** Whether the data is clearly temporal, so a random split leaks the future. */
  public boolean temporal() {
    return !problemType.equals("image-classification") && !problemType.equals("object-detection");
  }
}
