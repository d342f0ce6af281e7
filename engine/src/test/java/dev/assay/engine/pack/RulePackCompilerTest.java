package dev.assay.engine.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiling rule packs: a good pack loads, and every problem of a bad one is named with its file and line. */
class RulePackCompilerTest {
  static final String MANIFEST = "{\"id\": \"privacy\", \"version\": \"1.0.0\", \"criteria\": [\"requirements.constraints\"]}";

  static final String GOOD =
      """
      package packs.privacy;

      import dev.assay.engine.rules.Context;

      global dev.assay.engine.rules.Verdicts out;

      rule "PRIVACY_FRAUD_CONTEXT"
      when
        $c : Context(problemType == "fraud")
      then
        out.met(kcontext, "requirements.constraints", 0.9);
      end
      """;

  @TempDir Path dir;

  @Test
  void compilesAGoodPackWithItsManifestAndRuleIds() {
    RulePack p = RulePackCompiler.compile("test", MANIFEST, Map.of("privacy.drl", GOOD));
    assertEquals("privacy", p.id());
    assertEquals("1.0.0", p.version());
    assertEquals(List.of("PRIVACY_FRAUD_CONTEXT"), p.ruleIds());
    assertEquals(List.of("requirements.constraints"), p.manifest().criteria());
    assertEquals(PackManifest.MAX_FIRINGS, p.manifest().maxFirings());
    assertEquals(PackManifest.DEFAULT_TIME_LIMIT_MS, p.manifest().timeLimitMs());
  }

  @Test
  void namesTheFileLineAndColumnOfASyntaxError() {
    String bad = "package p;\nglobal dev.assay.engine.rules.Verdicts out;\nrule \"BROKEN\"\nwhen\n  Context( problemType == )\nthen\nend\n";
    RulePackException e =
        assertThrows(RulePackException.class, () -> RulePackCompiler.compile("test", MANIFEST, Map.of("good.drl", GOOD, "broken.drl", bad)));
    assertEquals(1, e.problems().size(), e.problems().toString());
    PackProblem p = e.problems().get(0);
    assertEquals("broken.drl", p.file());
    assertEquals(5, p.line());
    assertTrue(p.column() > 0, p.toString());
    assertTrue(e.getMessage().startsWith("rule pack test refused: broken.drl:5:"), e.getMessage());
  }

  @Test
  void namesTheLineOfAnUnknownFactTypeAndOfBadJavaInAConsequence() {
    String unknownType = "package p;\nglobal dev.assay.engine.rules.Verdicts out;\n\nrule \"NO_SUCH_TYPE\"\nwhen\n  Sentence( words > 3 )\nthen\nend\n";
    String badJava =
        "package q;\nimport dev.assay.engine.rules.Context;\nglobal dev.assay.engine.rules.Verdicts out;\nrule \"BAD_JAVA\"\nwhen\n  Context()\nthen\n  int n = \"three\";\nend\n";
    RulePackException e =
        assertThrows(RulePackException.class, () -> RulePackCompiler.compile("test", MANIFEST, Map.of("a.drl", unknownType, "b.drl", badJava)));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertEquals("a.drl", e.problems().get(0).file());
    assertEquals(6, e.problems().get(0).line());
    assertTrue(e.problems().get(0).message().contains("Sentence"), e.problems().toString());
    assertEquals("b.drl", e.problems().get(1).file());
    assertEquals(4, e.problems().get(1).line(), "a consequence's error is reported at its rule");
    assertTrue(e.problems().get(1).message().contains("String"), e.problems().toString());
  }

  @Test
  void listsEveryManifestProblemAtOnce() {
    String manifest =
        "{\"id\": \"Privacy Pack\", \"criteria\": [\"constraints\", \"legal.gdpr\", \"data.split\", \"data.split\"], \"owner\": \"me\","
            + " \"limits\": {\"maxFirings\": 0}, \"findings\": {\"PRIVACY_FRAUD_CONTEXT\": {\"severity\": \"fatal\"}}}";
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackCompiler.compile("test", manifest, Map.of("privacy.drl", GOOD)));
    String all = e.problems().toString();
    for (String expected :
        new String[] {"owner: unknown field", "id: expected", "version: missing", "criteria[0]", "criteria[1]: 'legal.gdpr' names no step",
          "criteria[3]: 'data.split' is listed twice", "limits.maxFirings", "findings.PRIVACY_FRAUD_CONTEXT: severity", "findings.PRIVACY_FRAUD_CONTEXT: message"}) {
      assertTrue(all.contains(expected), expected + " in " + all);
    }
    assertTrue(e.problems().stream().allMatch(p -> p.file().equals("pack.json")), all);
  }

  @Test
  void namesTheLineOfAManifestThatIsNotJson() {
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackCompiler.compile("test", "{\"id\": \"p\",\n\"version\": }", Map.of("privacy.drl", GOOD)));
    assertEquals("pack.json", e.problems().get(0).file());
    assertEquals(2, e.problems().get(0).line());
  }

  @Test
  void refusesRuleIdsThatAreNotScreamingSnakeAndGlobalsOtherThanOut() {
    String drl =
        "package p;\nimport dev.assay.engine.rules.Context;\nglobal dev.assay.engine.rules.Verdicts out;\nglobal java.util.List seen;\n\n"
            + "rule \"mentions gdpr\"\nwhen\n  Context()\nthen\nend\n";
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackCompiler.compile("test", MANIFEST, Map.of("p.drl", drl)));
    assertEquals(2, e.problems().size(), e.problems().toString());
    assertEquals(new PackProblem("p.drl", 4, 0, e.problems().get(0).message()), e.problems().get(0));
    assertTrue(e.problems().get(0).message().contains("global java.util.List seen"), e.problems().toString());
    assertEquals(6, e.problems().get(1).line());
    assertTrue(e.problems().get(1).message().contains("SCREAMING_SNAKE"), e.problems().toString());
  }

  @Test
  void refusesAPackWhoseRulesCouldJudgeNothing() {
    String drl = "package p;\nimport dev.assay.engine.rules.Context;\nrule \"LONELY\"\nwhen\n  Context()\nthen\nend\n";
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackCompiler.compile("test", MANIFEST, Map.of("p.drl", drl)));
    assertTrue(e.getMessage().contains("global dev.assay.engine.rules.Verdicts out"), e.getMessage());
  }

  @Test
  void loadsAFolderAndNamesAMissingManifestOrNoRules() throws IOException {
    Files.writeString(dir.resolve("pack.json"), MANIFEST, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("privacy.drl"), GOOD, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("README.md"), "not a rule file", StandardCharsets.UTF_8);
    assertEquals(List.of("PRIVACY_FRAUD_CONTEXT"), RulePackCompiler.load(dir).ruleIds());
    assertEquals(List.of("privacy.drl"), List.copyOf(RulePackCompiler.load(dir).files().keySet()));

    Files.delete(dir.resolve("pack.json"));
    Files.delete(dir.resolve("privacy.drl"));
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackCompiler.load(dir));
    assertEquals(List.of("pack.json: missing: a pack's folder holds a pack.json manifest", "no DRL files: a pack holds at least one *.drl file"),
        e.problems().stream().map(PackProblem::toString).toList());
    assertEquals("no such folder", assertThrows(RulePackException.class, () -> RulePackCompiler.load(dir.resolve("nope"))).problems().get(0).message());
  }

  @Test
  void refusesFileNamesThatCouldEscapeAFolder() {
    RulePackException e = assertThrows(RulePackException.class, () -> RulePackCompiler.compile("test", MANIFEST, Map.of("../evil.drl", GOOD)));
    assertEquals("../evil.drl", e.problems().get(0).file());
  }

  @Test
  void aPackMayNotReuseABuiltInRuleIdOrAnotherPacksRuleId() {
    RulePack p = RulePackCompiler.compile("test", MANIFEST, Map.of("privacy.drl", GOOD));
    RulePackException builtIn = assertThrows(RulePackException.class, () -> PackSet.EMPTY.with(p, java.util.Set.of("PRIVACY_FRAUD_CONTEXT")));
    assertTrue(builtIn.getMessage().contains("built-in"), builtIn.getMessage());
    PackSet one = PackSet.EMPTY.with(p, java.util.Set.of());
    RulePack other = RulePackCompiler.compile("test", MANIFEST.replace("privacy", "other"), Map.of("other.drl", GOOD.replace("packs.privacy", "packs.other")));
    RulePackException clash = assertThrows(RulePackException.class, () -> one.with(other, java.util.Set.of()));
    assertTrue(clash.getMessage().contains("already a rule of pack 'privacy'"), clash.getMessage());
    assertEquals(List.of(p), one.with(p, java.util.Set.of()).packs(), "loading a pack again replaces it");
    assertTrue(one.without("privacy").isEmpty());
  }
}
