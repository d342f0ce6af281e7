package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.Assay;
import dev.assay.engine.bench.BenchCorpus;
import dev.assay.engine.model.Submission;
import dev.assay.engine.rules.Judgement;
import dev.assay.engine.rules.RuleFacts;
import dev.assay.engine.rules.Verdicts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * The rules ask about a mention's sentence through the statement its tag fact holds ({@code
 * MentionTag(tag == "drift", credited, inPlainSentence())}) where they used to join every statement
 * on its index ({@code Statement(index == $m.sentence, !buzzwords)}). The rules as they were are kept
 * under {@code /reference-rules} (with the same default salience per file, which pins the order the
 * files fire in); both must give the same judgements, in the same order, on the calibration answers,
 * the real answers under two prompts and seeded random cuts of them.
 */
class RuleRewriteEquivalenceTest {
  private static final Assay ASSAY = SharedEngine.ASSAY;
  private static final List<String> FILES =
      List.of("requirements", "framing", "data", "model", "evaluation", "serving", "monitoring", "consistency");

  private static KieBase referenceRules() {
    KieServices ks = KieServices.Factory.get();
    ReleaseId release = ks.newReleaseId("dev.assay.test", "reference-rules", "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(release);
    for (String file : FILES) {
      try (InputStream in = RuleRewriteEquivalenceTest.class.getResourceAsStream("/reference-rules/" + file + ".drl")) {
        kfs.write("src/main/resources/dev/assay/reference/" + file + ".drl", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    assertEquals(List.of(), builder.getResults().getMessages(Message.Level.ERROR), "the reference rules compile");
    try {
      return ks.newKieContainer(release).getKieBase();
    } finally {
      ks.getRepository().removeKieModule(release);
    }
  }

  private static List<Judgement> judge(KieBase base, RuleFacts facts, List<Object> all, String answer) {
    KieSession session = base.newKieSession();
    try {
      Verdicts out = new Verdicts(answer);
      session.setGlobal("out", out);
      facts.insertAll(session, all);
      session.fireAllRules(10_000);
      return List.copyOf(out.judgements());
    } finally {
      session.dispose();
    }
  }

  /** The real-answer corpus, in name order (CoverageTest insists that it is there). */
  private static List<String> realAnswers() {
    Path dir = Path.of(System.getProperty("assay.corpus", "../../shared/corpus-real"));
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().filter(f -> f.toString().endsWith(".md")).toList()) {
        out.add(Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<Submission> submissions() {
    List<Submission> all = new ArrayList<>(BenchCorpus.bundled());
    for (String answer : realAnswers()) {
      all.add(Submission.of(answer).withPrompt("payment-fraud", null, null));
      all.add(Submission.of(answer).withPrompt(null, null, "recommendation"));
    }
    Random random = new Random(20261122);
    for (Submission s : BenchCorpus.bundled()) {
      for (int n = 0; n < 3; n++) {
        String a = s.answer();
        int from = random.nextInt(a.length() / 2);
        int to = Math.min(a.length(), from + 200 + random.nextInt(a.length() / 2));
        all.add(Submission.of(a.substring(from, to)).withPrompt(null, null, n == 0 ? "ads-ctr" : n == 1 ? "fraud" : "ranking"));
      }
    }
    return all;
  }

  @Test
  void theRewrittenRulesJudgeAsTheRulesBeforeDid() {
    KieBase reference = referenceRules();
    RuleFacts facts = RuleFacts.of(reference);
    int judged = 0;
    int answers = 0;
    for (Submission s : submissions()) {
      Assay.Analysis a;
      try {
        a = ASSAY.analyse(s);
      } catch (RuntimeException e) {
        continue;
      }
      List<Judgement> expected = judge(reference, facts, a.facts(), s.answer());
      assertEquals(expected, a.judgements(), "judgements of an answer starting: " + s.answer().substring(0, Math.min(60, s.answer().length())));
      judged += expected.size();
      answers++;
    }
    assertTrue(answers > 100 && judged > 5_000, "the answers should fire the rules: " + answers + " answers, " + judged + " judgements");
  }
}
