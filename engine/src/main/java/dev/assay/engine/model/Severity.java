package dev.assay.engine.model;

import java.util.Locale;

/** How much a finding matters: violations are errors, core gaps warnings, praise for strong choices. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  PRAISE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
