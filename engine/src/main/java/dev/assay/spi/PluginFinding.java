package dev.assay.spi;

import java.util.List;

/**
 * A piece of feedback a scorer writes. A finding on the scorer's criterion replaces the generic
 * "not covered" or "thin" finding the engine would write for it.
 *
 * @param criterion the criterion it is about, or null
 * @param severity how serious
 * @param message what the answer does or lacks
 * @param suggestion what to do about it, or empty
 * @param spans the ranges of the answer it is about
 */
public record PluginFinding(String criterion, Severity severity, String message, String suggestion, List<TextRange> spans) {
  /** How serious a finding is. */
  public enum Severity {
    ERROR,
    WARNING,
    INFO,
    PRAISE
  }
}
