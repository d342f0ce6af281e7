package dev.assay.rules;

import dev.assay.engine.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * One example sentence (or short answer) for one rule: it must make the rule fire with the marked
 * spans, or must not make it fire at all.
 *
 * @param file the example file it comes from, e.g. {@code data.txt}
 * @param line the line of the file where the example starts, one-based
 * @param ruleId the rule it exercises
 * @param kind whether the rule must fire or must stay silent
 * @param number its position among the rule's examples of the same kind, from 1
 * @param pending whether it is known not to behave yet, so it is parsed but not run
 * @param problemType the problem type the answer is graded as
 * @param text the answer, with the span markers removed
 * @param expected the spans marked in the answer; for a fire example, one judgement of the rule
 *     must hold them all (none marked: one judgement must have no spans)
 */
record RuleExample(
    String file,
    int line,
    String ruleId,
    Kind kind,
    int number,
    boolean pending,
    String problemType,
    String text,
    List<Span> expected) {

  /** What the example asks of its rule. */
  enum Kind {
    FIRE,
    MISS;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  RuleExample {
    expected = List.copyOf(expected);
  }

  /** The test name: {@code RULE_ID fire #2}. */
  String name() {
    return ruleId + " " + kind.id() + " #" + number;
  }

  /** Where it is written, as {@code file:line}. */
  String location() {
    return file + ":" + line;
  }
}
