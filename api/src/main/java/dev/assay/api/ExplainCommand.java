package dev.assay.api;

import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Submission;
import dev.assay.engine.rules.Figure;
import dev.assay.engine.rules.Judgement;
import dev.assay.engine.rules.Statement;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code assay explain FILE}: shows what the rules saw (mentions, figures, sentences) and what each rule concluded. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show the concepts, figures and rule verdicts behind a grade.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the answer; - reads standard input")
  String file;

  @Option(names = "--prompt", paramLabel = "ID") String promptId;

  @Option(names = "--prompt-text", paramLabel = "TEXT") String promptText;

  @Option(names = "--problem-type", paramLabel = "TYPE") String problemType;

  @Option(names = "--sentences", description = "also list every sentence with its step and cues") boolean sentences;

  @Override
  public Integer call() {
    String answer = Inputs.readText(file);
    Assay.Analysis a;
    try {
      a = Engines.shared().analyse(new Submission(answer, promptId, promptText, problemType, null, null, null, null, java.util.List.of()));
    } catch (InvalidSubmissionException e) {
      throw new BadInputException(file + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "problem type %s (%s), imbalanced %s, ranking %s, synchronous %s, words %d%n",
        a.context().problemType(), a.prompt().problemTypeSource(), a.context().imbalanced(), a.context().ranking(), a.context().synchronous(), a.words());
    out.println("\nmentions (concept, polarity, step, sentence, text)");
    for (Mention m : a.mentions()) {
      out.printf(Locale.ROOT, "  %-30s %-8s %-12s s%-4d %s%s%n", m.concept(), m.polarity().name().toLowerCase(Locale.ROOT), m.step().id(), m.sentence(),
          answer.substring(m.start(), m.end()).replaceAll("\\s+", " "), m.inHeading() ? "  [heading]" : m.interviewer() ? "  [interviewer]" : "");
    }
    out.println("\nfigures");
    for (Figure f : a.figures()) {
      out.printf(Locale.ROOT, "  %-10s %12.4g %-8s %-14s s%-4d %s%n", f.kind(), f.value(), f.per(), f.measure(), f.sentence(), answer.substring(f.start(), f.end()));
    }
    if (sentences) {
      out.println("\nsentences (index, step, cues, text)");
      for (Statement s : a.statements()) {
        String cues = (s.hasNumber() ? "N" : "-") + (s.hasReason() ? "R" : "-") + (s.question() ? "Q" : "-") + (s.assumption() ? "A" : "-")
            + (s.deferred() ? "D" : "-") + (s.buzzwords() ? "B" : "-") + (s.credited() ? "" : " uncredited");
        out.printf(Locale.ROOT, "  s%-4d %-12s %-6s %s%n", s.index(), s.step().id(), cues, answer.substring(s.start(), s.end()).replaceAll("\\s+", " "));
      }
    }
    out.println("\nrule verdicts");
    for (Judgement j : a.judgements()) {
      out.printf(Locale.ROOT, "  %-40s %-34s %-8s %s%n", j.ruleId(), j.criterion() == null ? "-" : j.criterion(),
          j.status() == null ? "note" : j.status().id(), j.spans().stream().map(Span::text).map(t -> t.replaceAll("\\s+", " ")).map(t -> t.length() > 60 ? t.substring(0, 60) + "\u2026" : t).toList());
    }
    out.flush();
    return 0;
  }
}
