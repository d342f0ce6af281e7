package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.assay.engine.Assay;
import dev.assay.engine.model.ProblemType;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Submission;
import dev.assay.engine.rules.Judgement;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule's examples: each {@code fire} example must make its rule fire with the marked
 * spans, each {@code miss} example must leave it silent. The examples live in {@code
 * examples/<step>.txt}, one file per DRL file, in the format {@link RuleExampleReader} reads.
 *
 * <p>Pending examples (known not to behave yet) are parsed and checked for a known rule but not
 * run; set {@code -Dassay.examples.pending=true} to run them too, e.g. while tuning a rule.
 */
class RuleExamplesTest {
  /** The DRL files of the rules module, each with its example file of the same name. */
  private static final List<String> FILES =
      List.of("requirements", "framing", "data", "model", "evaluation", "serving", "monitoring", "consistency");

  private static final Pattern DRL_RULE = Pattern.compile("^rule \"([A-Z][A-Z0-9_]*)\"", Pattern.MULTILINE);
  private static final boolean RUN_PENDING = Boolean.getBoolean("assay.examples.pending");

  private static final Assay ASSAY = Assay.load();
  private static final List<RuleExample> EXAMPLES = readAll();

  @TestFactory
  Stream<DynamicContainer> everyExampleFiresOrMissesAsMarked() {
    return FILES.stream()
        .map(
            file ->
                DynamicContainer.dynamicContainer(
                    file + ".txt",
                    URI.create("classpath:/examples/" + file + ".txt"),
                    EXAMPLES.stream()
                        .filter(e -> e.file().equals(file + ".txt") && (RUN_PENDING || !e.pending()))
                        .map(RuleExamplesTest::test)));
  }

  @Test
  void everyRuleHasAFireAndAMissExample() {
    List<String> lacking = new ArrayList<>();
    for (String rule : ASSAY.rules().ruleIds()) {
      for (RuleExample.Kind kind : RuleExample.Kind.values()) {
        if (EXAMPLES.stream().noneMatch(e -> e.ruleId().equals(rule) && e.kind() == kind)) {
          lacking.add(rule + " has no " + kind.id() + " example");
        }
      }
    }
    assertTrue(lacking.isEmpty(), () -> String.join("\n", lacking));
  }

  @Test
  void everyExampleNamesAnExistingRule() {
    Set<String> unknown = new TreeSet<>();
    for (RuleExample e : EXAMPLES) {
      if (!ASSAY.rules().ruleIds().contains(e.ruleId())) {
        unknown.add(e.location() + ": " + e.ruleId());
      }
    }
    assertTrue(unknown.isEmpty(), () -> "examples for rules not in the rule base:\n" + String.join("\n", unknown));
  }

  @Test
  void everyExampleStandsInTheFileOfItsRule() {
    List<String> misplaced = new ArrayList<>();
    for (String file : FILES) {
      Set<String> declared = rulesDeclaredIn(file + ".drl");
      for (RuleExample e : EXAMPLES) {
        if (e.file().equals(file + ".txt") && !declared.contains(e.ruleId())) {
          misplaced.add(e.location() + ": " + e.ruleId() + " is not declared in " + file + ".drl");
        }
      }
    }
    assertTrue(misplaced.isEmpty(), () -> String.join("\n", misplaced));
  }

  @Test
  void everyProblemTypeOfTheExamplesIsKnown() {
    Set<String> unknown = new TreeSet<>();
    for (RuleExample e : EXAMPLES) {
      if (!ProblemType.isKnown(e.problemType())) {
        unknown.add(e.location() + ": " + e.problemType());
      }
    }
    assertEquals(Set.of(), unknown);
  }

  private static DynamicTest test(RuleExample e) {
    URI source = URI.create("classpath:/examples/" + e.file() + "?line=" + e.line());
    return DynamicTest.dynamicTest(e.name() + (e.pending() ? " (pending)" : ""), source, () -> check(e));
  }

  private static void check(RuleExample e) {
    List<Judgement> all = ASSAY.judge(Submission.of(e.text()).withPrompt(null, null, e.problemType()));
    List<Judgement> mine = all.stream().filter(j -> j.ruleId().equals(e.ruleId())).toList();
    boolean ok =
        e.kind() == RuleExample.Kind.MISS
            ? mine.isEmpty()
            : mine.stream().anyMatch(j -> e.expected().isEmpty() ? j.spans().isEmpty() : j.spans().containsAll(e.expected()));
    if (!ok) {
      fail(report(e, mine, all));
    }
  }

  private static String report(RuleExample e, List<Judgement> mine, List<Judgement> all) {
    Set<String> others = new LinkedHashSet<>();
    for (Judgement j : all) {
      if (!j.ruleId().equals(e.ruleId())) {
        others.add(j.ruleId());
      }
    }
    String expected =
        e.kind() == RuleExample.Kind.MISS
            ? "no firing"
            : e.expected().isEmpty() ? "a firing with no spans" : "a firing with " + spans(e.expected());
    String actual =
        mine.isEmpty()
            ? "did not fire"
            : mine.stream().map(j -> String.valueOf(j.status()) + " " + spans(j.spans())).collect(Collectors.joining("; "));
    return String.join(
        "\n",
        e.name() + " (" + e.location() + ", type " + e.problemType() + ")",
        "  input:    " + quote(e.text()),
        "  expected: " + expected,
        "  actual:   " + actual,
        "  others:   " + (others.isEmpty() ? "none" : String.join(", ", others)));
  }

  private static String spans(List<Span> spans) {
    return spans.isEmpty()
        ? "no spans"
        : spans.stream().map(s -> "[" + s.start() + "," + s.end() + ") " + quote(s.text())).collect(Collectors.joining(", "));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }

  private static Set<String> rulesDeclaredIn(String drl) {
    Set<String> out = new TreeSet<>();
    Matcher m = DRL_RULE.matcher(resource("/dev/assay/rules/" + drl));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<RuleExample> readAll() {
    List<RuleExample> out = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = RuleExamplesTest.class.getResourceAsStream("/examples/" + file + ".txt")) {
        if (in == null) {
          throw new IllegalStateException("missing example file examples/" + file + ".txt");
        }
        out.addAll(RuleExampleReader.read(file + ".txt", new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(out);
  }

  private static String resource(String path) {
    try (InputStream in = RuleExamplesTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
