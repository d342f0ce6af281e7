package dev.assay.api.http;

/** Short answers for tests: quick to grade, different enough to tell apart. */
final class Answers {
  static final String FRAUD =
      """
      ## Requirements
      Is the decision made inside the payment authorisation call? I'll assume yes, with a p99 budget of 50 ms.
      The business goal is to cut fraud losses below 5 bps of volume without raising false declines.
      ## Model
      A gradient-boosted tree on transaction features, compared against a rules baseline.
      ## Evaluation
      Accuracy would be misleading at a 0.1% fraud rate, so I use PR-AUC and recall at a fixed false-positive rate.
      """;

  static final String FEED =
      """
      We rank posts for the home feed with a two-tower retrieval model and a ranking model on top.
      We measure NDCG offline and watch time in an A/B test, and we retrain weekly as interests drift.
      Cold-start users get popular posts from their region.
      """;

  static final String ACCURACY =
      """
      We train a deep neural network and report 99.9% accuracy on the test set.
      The model serves predictions in a nightly batch job.
      """;

  private Answers() {}
}
