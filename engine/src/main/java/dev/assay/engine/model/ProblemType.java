package dev.assay.engine.model;

/** The problem types of spec/criteria.md; ids are stable forever. */
public enum ProblemType {
  RECOMMENDATION("recommendation"),
  ADS_CTR("ads-ctr"),
  FRAUD("fraud"),
  IMAGE_CLASSIFICATION("image-classification"),
  OBJECT_DETECTION("object-detection"),
  SEARCH("search"),
  HARMFUL_CONTENT("harmful-content"),
  REGRESSION("regression"),
  NLP_CLASSIFICATION("nlp-classification");

  private final String id;

  ProblemType(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Ranking types are expected to be judged with ranking metrics. */
  public boolean ranking() {
    return this == RECOMMENDATION || this == SEARCH;
  }

  /** Types where class imbalance is always expected, whatever the answer says. */
  public boolean imbalancedByDefault() {
    return this == ADS_CTR || this == FRAUD || this == HARMFUL_CONTENT;
  }

  /** Types that become imbalanced when the prompt or answer says the positive class is rare. */
  public boolean imbalancedWhenRare() {
    return this == NLP_CLASSIFICATION || this == IMAGE_CLASSIFICATION;
  }

  public static ProblemType fromId(String id) {
    for (ProblemType t : values()) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown problem type: " + id);
  }

  public static boolean isKnown(String id) {
    for (ProblemType t : values()) {
      if (t.id.equals(id)) {
        return true;
      }
    }
    return false;
  }
}
