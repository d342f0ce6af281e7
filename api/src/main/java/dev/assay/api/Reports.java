package dev.assay.api;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Span;
import java.util.Locale;

/** Human reports of an evaluation: compact text for a terminal, markdown for documents. */
final class Reports {
  private static final int QUOTE = 90;

  private Reports() {}

  static String text(String answer, Evaluation e) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Score %.1f / %.0f  grade %d (%s)  problem type %s (%s)%n%n",
        e.score().total(), e.score().max(), e.score().grade(), e.score().gradeLabel(), e.prompt().problemType(), e.prompt().problemTypeSource()));
    for (Evaluation.StepResult s : e.steps()) {
      b.append(String.format(Locale.ROOT, "  %-13s %5.1f / %4.1f  %s%n", s.step(), s.score(), s.max(), bar(s.score(), s.max())));
      for (Evaluation.CriterionResult c : s.criteria()) {
        if (c.status().equals("not_applicable")) {
          continue;
        }
        b.append(String.format(Locale.ROOT, "      %-9s %s%n", c.status(), c.id()));
      }
    }
    b.append(String.format(Locale.ROOT, "%nFindings%n"));
    for (Evaluation.Finding f : e.findings()) {
      b.append(String.format(Locale.ROOT, "  [%s] %s%s%n", f.severity(), f.step() == null ? "" : f.step() + ": ", f.message()));
      if (!f.suggestion().isEmpty()) {
        b.append("      -> ").append(f.suggestion()).append('\n');
      }
      for (Span s : f.spans()) {
        b.append(String.format(Locale.ROOT, "      at %d-%d: \"%s\"%n", s.start(), s.end(), clip(s.text())));
      }
    }
    if (!e.packFailures().isEmpty()) {
      b.append(String.format(Locale.ROOT, "%nRule pack failures (the rest of the evaluation stands)%n"));
      for (Evaluation.PackFailure f : e.packFailures()) {
        b.append(String.format(Locale.ROOT, "  [%s] %s %s: %s%n", f.kind(), f.pack(), f.version(), f.message()));
      }
    }
    return b.toString();
  }

  static String markdown(String answer, Evaluation e) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "# Assay evaluation%n%n**Score %.1f / %.0f, grade %d (%s)**, problem type `%s`%n%n",
        e.score().total(), e.score().max(), e.score().grade(), e.score().gradeLabel(), e.prompt().problemType()));
    b.append("| step | score | max |\n|---|---:|---:|\n");
    for (Evaluation.StepResult s : e.steps()) {
      b.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", s.step(), s.score(), s.max()));
    }
    b.append("\n## Criteria\n\n");
    for (Evaluation.StepResult s : e.steps()) {
      for (Evaluation.CriterionResult c : s.criteria()) {
        if (!c.status().equals("not_applicable")) {
          b.append(String.format(Locale.ROOT, "- `%s` %s%n", c.id(), c.status()));
        }
      }
    }
    b.append("\n## Findings\n\n");
    for (Evaluation.Finding f : e.findings()) {
      b.append(String.format(Locale.ROOT, "- **%s** %s%s", f.severity(), f.step() == null ? "" : "(" + f.step() + ") ", f.message()));
      if (!f.suggestion().isEmpty()) {
        b.append(" *").append(f.suggestion()).append('*');
      }
      b.append('\n');
      for (Span s : f.spans()) {
        b.append(String.format(Locale.ROOT, "  > %s%n", clip(s.text())));
      }
    }
    if (!e.packFailures().isEmpty()) {
      b.append("\n## Rule pack failures\n\n");
      for (Evaluation.PackFailure f : e.packFailures()) {
        b.append(String.format(Locale.ROOT, "- `%s` %s (%s): %s%n", f.pack(), f.version(), f.kind(), f.message()));
      }
    }
    return b.toString();
  }

  private static String bar(double score, double max) {
    int filled = max <= 0 ? 0 : (int) Math.round(20 * score / max);
    return "#".repeat(filled) + ".".repeat(20 - filled);
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= QUOTE ? t : t.substring(0, QUOTE) + "\u2026";
  }
}
