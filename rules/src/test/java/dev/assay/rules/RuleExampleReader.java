package dev.assay.rules;

import dev.assay.engine.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule example file.
 *
 * <pre>
 * # a comment
 * ## RULE_ID
 * type: fraud
 * fire: We keep the [[p99 under 100 ms]] for the whole call.
 * miss: It should be fast enough for users.
 * fire: ## Evaluation
 *   | We report [[PR-AUC]] because positives are rare.
 * pending-fire: An example the rule does not handle yet, parsed but not run.
 * </pre>
 *
 * <p>{@code ## RULE_ID} opens a rule's examples. {@code type:} sets the problem type of the
 * examples after it, up to the next rule (default {@code recommendation}). {@code fire:} and
 * {@code miss:} give an example; {@code pending-fire:} and {@code pending-miss:} one that is kept
 * but not run. A line starting with blanks and {@code |} continues the example above on a new
 * line, and {@code \n} inside an example is a line break too. {@code [[...]]} marks an expected
 * span; the markers are removed before grading, and offsets count without them.
 */
final class RuleExampleReader {
  static final String DEFAULT_TYPE = "recommendation";

  private static final Pattern RULE = Pattern.compile("^## ([A-Z][A-Z0-9_]*)\\s*$");
  private static final Pattern EXAMPLE = Pattern.compile("^(pending-)?(fire|miss):(?: (.*))?$");
  private static final Pattern TYPE = Pattern.compile("^type: ([a-z][a-z-]*)\\s*$");
  private static final Pattern CONTINUATION = Pattern.compile("^[ \\t]+\\|(?: (.*))?$");

  private final String file;
  private final List<RuleExample> out = new ArrayList<>();
  private final Map<String, Integer> numbers = new HashMap<>();
  private String rule;
  private String type = DEFAULT_TYPE;
  private Draft draft;

  private record Draft(int line, RuleExample.Kind kind, boolean pending, StringBuilder source) {}

  private RuleExampleReader(String file) {
    this.file = file;
  }

  /** Parses an example file; {@code file} names it in errors and in the examples. */
  static List<RuleExample> read(String file, Reader reader) throws IOException {
    RuleExampleReader r = new RuleExampleReader(file);
    BufferedReader in = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      r.line(++n, line);
    }
    r.flush();
    return List.copyOf(r.out);
  }

  private void line(int n, String line) {
    Matcher m = CONTINUATION.matcher(line);
    if (m.matches()) {
      if (draft == null) {
        throw error(n, "a continuation line with no example above it");
      }
      draft.source().append('\n').append(m.group(1) == null ? "" : m.group(1));
      return;
    }
    flush();
    if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
      return;
    }
    if ((m = RULE.matcher(line)).matches()) {
      rule = m.group(1);
      type = DEFAULT_TYPE;
    } else if ((m = TYPE.matcher(line)).matches()) {
      requireRule(n);
      type = m.group(1);
    } else if ((m = EXAMPLE.matcher(line)).matches()) {
      requireRule(n);
      RuleExample.Kind kind = m.group(2).equals("fire") ? RuleExample.Kind.FIRE : RuleExample.Kind.MISS;
      draft = new Draft(n, kind, m.group(1) != null, new StringBuilder(m.group(3) == null ? "" : m.group(3)));
    } else {
      throw error(n, "expected '## RULE_ID', 'type:', '[pending-]fire:', '[pending-]miss:', '  |' or '#', got: " + line);
    }
  }

  private void requireRule(int n) {
    if (rule == null) {
      throw error(n, "an example or type before any '## RULE_ID'");
    }
  }

  private void flush() {
    if (draft == null) {
      return;
    }
    Draft d = draft;
    draft = null;
    String source = d.source().toString().replace("\\n", "\n");
    StringBuilder text = new StringBuilder();
    List<int[]> marks = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < source.length(); i++) {
      if (source.startsWith("[[", i)) {
        if (open >= 0) {
          throw error(d.line(), "'[[' inside a marked span");
        }
        open = text.length();
        i++;
      } else if (source.startsWith("]]", i)) {
        if (open < 0 || open == text.length()) {
          throw error(d.line(), "']]' with no '[[' before it, or an empty span");
        }
        marks.add(new int[] {open, text.length()});
        open = -1;
        i++;
      } else {
        text.append(source.charAt(i));
      }
    }
    if (open >= 0) {
      throw error(d.line(), "'[[' never closed");
    }
    String answer = text.toString();
    if (answer.isBlank()) {
      throw error(d.line(), "an empty example");
    }
    if (d.kind() == RuleExample.Kind.MISS && !marks.isEmpty()) {
      throw error(d.line(), "a miss example marks a span; only fire examples do");
    }
    List<Span> spans = new ArrayList<>();
    for (int[] mark : marks) {
      spans.add(Span.of(answer, mark[0], mark[1]));
    }
    int number = numbers.merge(rule + " " + d.kind(), 1, Integer::sum);
    out.add(new RuleExample(file, d.line(), rule, d.kind(), number, d.pending(), type, answer, spans));
  }

  private IllegalArgumentException error(int line, String message) {
    return new IllegalArgumentException(file + ":" + line + ": " + message);
  }
}
