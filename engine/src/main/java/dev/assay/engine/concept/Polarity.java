package dev.assay.engine.concept;

/** How a mention stands in its sentence: asserted, negated or set aside, hedged, or deferred. */
public enum Polarity {
  /** Plainly said: "we use PR-AUC". */
  AFFIRMED,
  /** Under a negation or contrast: "instead of accuracy", "accuracy would be misleading". */
  NEGATED,
  /** Said with a hedge: "maybe a GBDT", "we could try". */
  HEDGED,
  /** Raised and explicitly put off: "I'd ask about X, but let's move on". */
  DEFERRED
}
