package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.Assay;
import dev.assay.engine.bench.BenchCorpus;
import dev.assay.engine.concept.Concept;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.model.Submission;
import dev.assay.engine.rules.Judgement;
import dev.assay.engine.rules.MentionTag;
import dev.assay.engine.rules.RuleFacts;
import dev.assay.engine.rules.Statement;
import dev.assay.engine.rules.Verdicts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * The built-in rules match mentions through {@link MentionTag} facts and are given only the facts a
 * pattern can match ({@link RuleFacts}); both must leave the rules' verdicts as they were with every
 * fact and every tag fact inserted.
 */
class RuleFactsTest {
  private static final Assay ASSAY = SharedEngine.ASSAY;
  private static final Pattern TAG_LITERAL = Pattern.compile("MentionTag\\(tag == \"([^\"]+)\"");
  private static final List<String> FILES =
      List.of("requirements", "framing", "data", "model", "evaluation", "serving", "monitoring", "consistency");

  /** Every fact, and each mention followed by a tag fact per tag and per group it has a tag of. */
  private static List<Judgement> unfiltered(KieBase base, List<Object> facts, String answer, List<String> groups) {
    KieSession session = base.newKieSession();
    try {
      Verdicts out = new Verdicts(answer);
      session.setGlobal("out", out);
      Map<Integer, Statement> statements = new HashMap<>();
      for (Object fact : facts) {
        if (fact instanceof Statement s) {
          statements.put(s.index(), s);
        }
      }
      for (Object fact : facts) {
        session.insert(fact);
        if (fact instanceof Mention m) {
          Statement s = statements.get(m.sentence());
          for (String tag : m.tags()) {
            session.insert(new MentionTag(tag, m, s));
          }
          for (String group : groups) {
            if (List.of(group.split("\\|")).stream().anyMatch(m::hasTag)) {
              session.insert(new MentionTag(group, m, s));
            }
          }
        }
      }
      session.fireAllRules(10_000);
      return List.copyOf(out.judgements());
    } finally {
      session.dispose();
    }
  }

  private static List<Submission> submissions() {
    List<Submission> all = new ArrayList<>(BenchCorpus.bundled());
    Random random = new Random(7);
    for (Submission s : BenchCorpus.bundled()) {
      String a = s.answer();
      int from = random.nextInt(a.length() / 2);
      all.add(Submission.of(a.substring(from, from + a.length() / 3)).withPrompt(null, null, "ads-ctr"));
    }
    return all;
  }

  @Test
  void theRulesJudgeAsWithEveryFactInserted() {
    KieBase base = ASSAY.rules().kieBase();
    List<String> groups = RuleFacts.of(base).groups();
    int judged = 0;
    for (Submission s : submissions()) {
      Assay.Analysis a = ASSAY.analyse(s);
      List<Judgement> expected = unfiltered(base, a.facts(), s.answer(), groups);
      assertEquals(expected, a.judgements(), "judgements of an answer starting: " + s.answer().substring(0, 60));
      judged += expected.size();
    }
    assertTrue(judged > 1000, "the answers should fire the rules: " + judged);
  }

  @Test
  void aMentionGetsOneTagFactPerTagAndGroupThatSomeRuleNames() {
    RuleFacts facts = RuleFacts.of(ASSAY.rules().kieBase());
    assertTrue(facts.groups().contains("architecture|simple-model"), facts.groups().toString());
    Mention m =
        new Mention("model.x", Set.of("architecture", "simple-model", "no-rule-names-this"), 0, 4, 0, 0, null, null, false, false);
    List<String> tags = facts.tagsOf(m).stream().map(MentionTag::tag).toList();
    assertTrue(tags.contains("simple-model"), tags.toString());
    assertFalse(tags.contains("architecture"), "only groups name it: " + tags);
    assertFalse(tags.contains("no-rule-names-this"), tags.toString());
    assertEquals(1, tags.stream().filter("architecture|simple-model"::equals).count(), tags.toString());
    assertEquals(new HashSet<>(tags).size(), tags.size(), "no tag fact twice: " + tags);
  }

  @Test
  void everyTagARuleNamesIsALexiconTag() throws IOException {
    Set<String> known = new TreeSet<>();
    for (Concept c : ASSAY.lexicon().concepts()) {
      known.addAll(c.tags());
    }
    for (String file : FILES) {
      String drl;
      try (InputStream in = RuleFactsTest.class.getResourceAsStream("/dev/assay/rules/" + file + ".drl")) {
        drl = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*//.*$", "");
      }
      Matcher m = TAG_LITERAL.matcher(drl);
      while (m.find()) {
        for (String tag : m.group(1).split("\\|")) {
          assertTrue(known.contains(tag), file + ".drl names tag '" + tag + "', which no lexicon concept has");
        }
      }
    }
  }

  /**
   * BASELINE_COMPARED_BY_NAME takes an unhedged eval.baseline-name mention as a named baseline
   * through the group that holds its tag.
   */
  @Test
  void theBaselineNameConceptCarriesTheTagItsRuleSelectsItBy() {
    Concept c = ASSAY.lexicon().concepts().stream().filter(x -> x.id().equals("eval.baseline-name")).findFirst().orElseThrow();
    assertTrue(c.tags().contains("baseline-name"), c.tags().toString());
  }
}
