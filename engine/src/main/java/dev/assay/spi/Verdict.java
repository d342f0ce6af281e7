package dev.assay.spi;

/** The status a scorer gives a criterion (spec/criteria.md). */
public enum Verdict {
  MET,
  PARTIAL,
  MISSING,
  VIOLATED
}
