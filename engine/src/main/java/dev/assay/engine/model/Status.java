package dev.assay.engine.model;

import java.util.Locale;

/** The status one criterion gets for one answer (spec/criteria.md). */
public enum Status {
  MET(1.0),
  PARTIAL(0.5),
  MISSING(0.0),
  VIOLATED(0.0),
  NOT_APPLICABLE(0.0);

  private final double credit;

  Status(double credit) {
    this.credit = credit;
  }

  /** Default share of the criterion's points this status earns. */
  public double credit() {
    return credit;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status fromId(String id) {
    for (Status s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown status: " + id);
  }
}
