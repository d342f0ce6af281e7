package dev.assay.engine.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.concept.Mention;
import dev.assay.engine.concept.Polarity;
import dev.assay.engine.model.Evaluation.PackFailure;
import dev.assay.engine.model.Evaluation.PackRef;
import dev.assay.engine.model.Status;
import dev.assay.engine.model.Step;
import dev.assay.engine.rules.Context;
import dev.assay.engine.rules.Judgement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Running packs: what a pack may judge is kept, and a pack that throws, loops or sleeps is stopped and listed. */
class PackRunnerTest {
  static final List<Object> FACTS = List.of(new Context("fraud", true, false, true, true, false, 120, "", 8, 6, 0));

  static RulePack pack(String id, String limits, String then) {
    String manifest = "{\"id\": \"" + id + "\", \"version\": \"2.1.0\", \"criteria\": [\"requirements.constraints\"]" + limits + "}";
    String drl =
        "package packs." + id.replace('-', '_') + ";\nimport dev.assay.engine.rules.Context;\nglobal dev.assay.engine.rules.Verdicts out;\n"
            + then;
    return RulePackCompiler.compile(id, manifest, Map.of(id + ".drl", drl));
  }

  static PackRunner.Result run(RulePack... packs) {
    return PackRunner.run(PackSet.of(List.of(packs), Set.of()), FACTS, "an answer", Set.of());
  }

  @Test
  void keepsTheJudgementsOfDeclaredCriteria() {
    RulePack p = pack("good", "", "rule \"GOOD_MET\"\nwhen\n  Context(imbalanced)\nthen\n  out.met(kcontext, \"requirements.constraints\", 0.9);\nend\n");
    PackRunner.Result r = run(p);
    assertEquals(List.of(new Judgement("GOOD_MET", "requirements.constraints", Status.MET, 0.9, List.of(), "")), r.judgements());
    assertEquals(List.of(new PackRef("good", "2.1.0")), r.packs());
    assertEquals(List.of(), r.failures());
  }

  @Test
  void dropsAJudgementOfACriterionTheManifestDoesNotDeclare() {
    RulePack p =
        pack("sneaky", "",
            "rule \"SNEAKY_OWN\"\nwhen\n  Context()\nthen\n  out.partial(kcontext, \"requirements.constraints\", 0.6);\nend\n"
                + "rule \"SNEAKY_OTHER\"\nwhen\n  Context()\nthen\n  out.violated(kcontext, \"data.split\", 0.9);\nend\n");
    PackRunner.Result r = run(p);
    assertEquals(1, r.judgements().size());
    assertEquals("SNEAKY_OWN", r.judgements().get(0).ruleId());
    assertEquals(1, r.failures().size());
    PackFailure f = r.failures().get(0);
    assertEquals("sneaky", f.pack());
    assertEquals("undeclared-criterion", f.kind());
    assertEquals("SNEAKY_OTHER", f.ruleId());
    assertTrue(f.message().contains("'data.split'"), f.message());
  }

  @Test
  void stopsARuleThatLoopsAtTheFiringLimitAndDropsItsJudgements() {
    RulePack p =
        pack("loop", ", \"limits\": {\"maxFirings\": 50}",
            "rule \"LOOP_FOREVER\"\nwhen\n  $c : Context()\nthen\n  out.met(kcontext, \"requirements.constraints\", 0.9);\n  update($c);\nend\n");
    PackRunner.Result r = run(p);
    assertEquals(List.of(), r.judgements());
    assertEquals(1, r.failures().size());
    assertEquals("firing-limit", r.failures().get(0).kind());
    assertTrue(r.failures().get(0).message().contains("50 rule firings"), r.failures().get(0).message());
  }

  @Test
  void stopsARuleThatSleepsAtTheTimeLimit() {
    RulePack p =
        pack("sleepy", ", \"limits\": {\"timeLimitMs\": 200}",
            "rule \"SLEEPY_NAP\"\nwhen\n  Context()\nthen\n  out.met(kcontext, \"requirements.constraints\", 0.9);\n  Thread.sleep(60000);\nend\n");
    RulePack good = pack("good", "", "rule \"GOOD_MET\"\nwhen\n  Context()\nthen\n  out.met(kcontext, \"requirements.constraints\", 0.9);\nend\n");
    PackRunner.Result r = run(p, good);
    assertEquals(List.of("GOOD_MET"), r.judgements().stream().map(Judgement::ruleId).toList(), "the other pack still judges");
    assertEquals(1, r.failures().size());
    PackFailure f = r.failures().get(0);
    assertEquals("sleepy", f.pack());
    assertEquals("time-limit", f.kind());
    assertTrue(f.message().contains("200 ms"), f.message());
  }

  @Test
  void reportsAnExceptionWithTheRuleThatThrewIt() {
    RulePack p =
        pack("thrower", "",
            "rule \"THROWER_DIVIDES\"\nwhen\n  $c : Context()\nthen\n  out.met(kcontext, \"requirements.constraints\", 1.0 / ($c.words() - 120 == 0 ? Integer.parseInt(\"zero\") : 1));\nend\n");
    PackRunner.Result r = run(p);
    assertEquals(List.of(), r.judgements());
    PackFailure f = r.failures().get(0);
    assertEquals("exception", f.kind());
    assertEquals("THROWER_DIVIDES", f.ruleId());
    assertTrue(f.message().contains("NumberFormatException"), f.message());
  }

  @Test
  void skipsAPackWhoseOverstayingRunHasNotStoppedUntilItDoes() throws InterruptedException {
    // The consequence swallows interrupts and keeps going for a while, as a careless loop would.
    RulePack p =
        pack("stubborn", ", \"limits\": {\"timeLimitMs\": 100}",
            "rule \"STUBBORN_WAIT\"\nwhen\n  Context()\nthen\n  long until = System.nanoTime() + 1_500_000_000L;\n"
                + "  while (System.nanoTime() < until) { try { Thread.sleep(20); } catch (InterruptedException e) { } }\nend\n");
    assertEquals("time-limit", run(p).failures().get(0).kind());
    PackFailure skipped = run(p).failures().get(0);
    assertEquals("still-running", skipped.kind());
    assertNull(skipped.ruleId());
    while (p.overdue.get() > 0) {
      Thread.sleep(50);
    }
    assertEquals("time-limit", run(p).failures().get(0).kind(), "once the run returned, the pack runs again");
    while (p.overdue.get() > 0) {
      Thread.sleep(50);
    }
  }

  @Test
  void noPacksMeansNothingRuns() {
    assertEquals(PackRunner.Result.NONE, PackRunner.run(PackSet.EMPTY, FACTS, "x", Set.of()));
  }

  @Test
  void aPackMatchesMentionsByTagAndByGroupOfTagsOncePerMention() {
    Mention both = new Mention("req.both", Set.of("regulation", "constraint"), 0, 4, 0, 0, Step.REQUIREMENTS, Polarity.AFFIRMED, false, false);
    Mention one = new Mention("req.one", Set.of("constraint"), 5, 9, 1, 0, Step.REQUIREMENTS, Polarity.AFFIRMED, false, false);
    Mention none = new Mention("req.none", Set.of("scaling"), 10, 14, 2, 0, Step.REQUIREMENTS, Polarity.AFFIRMED, false, false);
    String drl =
        "package packs.tags;\nimport dev.assay.engine.rules.MentionTag;\nglobal dev.assay.engine.rules.Verdicts out;\n"
            + "rule \"TAGS_GROUP\"\nwhen\n  $m : MentionTag(tag == \"regulation|constraint\", credited)\nthen\n"
            + "  out.partial(kcontext, \"requirements.constraints\", 0.6, $m);\nend\n"
            + "rule \"TAGS_ONE\"\nwhen\n  $m : MentionTag(tag == \"regulation\")\nthen\n"
            + "  out.met(kcontext, \"requirements.constraints\", 0.7, $m);\nend\n";
    String manifest = "{\"id\": \"tags\", \"version\": \"1.0.0\", \"criteria\": [\"requirements.constraints\"]}";
    RulePack p = RulePackCompiler.compile("tags", manifest, Map.of("tags.drl", drl));
    PackRunner.Result r =
        PackRunner.run(PackSet.of(List.of(p), Set.of()), List.of(both, one, none), "abcd efgh ijkl", Set.of());
    assertEquals(List.of(), r.failures());
    assertEquals(3, r.judgements().size(), r.judgements().toString());
    assertEquals(2, r.judgements().stream().filter(j -> j.ruleId().equals("TAGS_GROUP")).count());
    assertEquals(1, r.judgements().stream().filter(j -> j.ruleId().equals("TAGS_ONE")).count());
  }
}
