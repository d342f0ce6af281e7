package dev.assay.engine.pack;

import dev.assay.engine.concept.Mention;
import dev.assay.engine.model.Evaluation.PackFailure;
import dev.assay.engine.model.Evaluation.PackRef;
import dev.assay.engine.rules.Judgement;
import dev.assay.engine.rules.MentionTag;
import dev.assay.engine.rules.RuleFacts;
import dev.assay.engine.rules.Statement;
import dev.assay.engine.rules.Verdicts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs rule packs over an answer's facts, each in a session of its own on a thread of its own,
 * after the built-in rules, and keeps only what each pack may say.
 *
 * <p>A pack whose rules throw, fire more than its {@code maxFirings}, or run past its {@code
 * timeLimitMs} (the session is halted and its thread interrupted) contributes no judgement at all,
 * and its failure is listed; a judgement of a criterion its manifest does not declare is dropped
 * and listed. Either way the evaluation comes back. A run that overstays and does not stop (a
 * consequence spinning in a loop) keeps its thread; until it returns, its pack is skipped, so one
 * runaway pack holds at most one thread per concurrent grading.
 *
 * <p>A pack sees every fact the built-in rules are given, and, when it has {@code MentionTag}
 * patterns, the tag facts of each mention ({@link RuleFacts}).
 */
public final class PackRunner {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "assay-pack-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });

  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int ABANDONED = 2;

  private PackRunner() {}

  /**
   * What the packs concluded.
   *
   * @param judgements the judgements kept, pack by pack in id order
   * @param packs every pack that took part, failed or not
   * @param failures what failed or was dropped
   */
  public record Result(List<Judgement> judgements, List<PackRef> packs, List<PackFailure> failures) {
    public static final Result NONE = new Result(List.of(), List.of(), List.of());
  }

  /**
   * Runs every pack of the set over the facts.
   *
   * @param answer the answer the facts' spans point into
   * @param disabled rule ids not to fire
   */
  public static Result run(PackSet set, Collection<?> facts, String answer, Set<String> disabled) {
    if (set.isEmpty()) {
      return Result.NONE;
    }
    List<Judgement> kept = new ArrayList<>();
    List<PackRef> refs = new ArrayList<>();
    List<PackFailure> failures = new ArrayList<>();
    for (RulePack pack : set.packs()) {
      refs.add(new PackRef(pack.id(), pack.version()));
      runOne(pack, facts, answer, disabled, kept, failures);
    }
    return new Result(List.copyOf(kept), List.copyOf(refs), List.copyOf(failures));
  }

  private static void runOne(RulePack pack, Collection<?> facts, String answer, Set<String> disabled, List<Judgement> kept, List<PackFailure> failures) {
    PackManifest m = pack.manifest();
    if (pack.overdue.get() > 0) {
      failures.add(failure(pack, "still-running", null,
          "a previous run overstayed the time limit and has not stopped yet; the pack is skipped until it does"));
      return;
    }
    KieSession session = pack.kieBase().newKieSession();
    Verdicts out = new Verdicts(answer);
    AtomicInteger state = new AtomicInteger(RUNNING);
    Future<Integer> run =
        POOL.submit(() -> {
          try {
            session.setGlobal("out", out);
            RuleFacts tags = RuleFacts.of(pack.kieBase());
            Statement[] statements = RuleFacts.statementsBySentence(facts);
            for (Object fact : facts) {
              session.insert(fact);
              if (fact instanceof Mention mention) {
                for (MentionTag t : tags.tagsOf(mention, RuleFacts.statementOf(statements, mention.sentence()))) {
                  session.insert(t);
                }
              }
            }
            return disabled.isEmpty()
                ? session.fireAllRules(m.maxFirings())
                : session.fireAllRules(match -> !disabled.contains(match.getRule().getName()), m.maxFirings());
          } finally {
            session.dispose();
            if (!state.compareAndSet(RUNNING, DONE)) {
              pack.overdue.decrementAndGet();
            }
          }
        });
    int fired;
    try {
      fired = run.get(m.timeLimitMs(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (!abandon(pack, session, run, state)) {
        fired = finished(run, pack, failures);
      } else {
        failures.add(failure(pack, "time-limit", null, "stopped at the time limit of " + m.timeLimitMs() + " ms; its judgements were dropped"));
        return;
      }
    } catch (InterruptedException e) {
      abandon(pack, session, run, state);
      Thread.currentThread().interrupt();
      failures.add(failure(pack, "time-limit", null, "the grading was interrupted while the pack ran; its judgements were dropped"));
      return;
    } catch (ExecutionException e) {
      failures.add(thrown(pack, e.getCause()));
      return;
    }
    if (fired < 0) {
      return;
    }
    if (fired >= m.maxFirings()) {
      failures.add(failure(pack, "firing-limit", null, "stopped after " + fired + " rule firings, its limit; its judgements were dropped"));
      return;
    }
    Set<String> declared = Set.copyOf(m.criteria());
    Set<String> dropped = new LinkedHashSet<>();
    for (Judgement j : out.judgements()) {
      if (j.criterion() != null && declared.contains(j.criterion())) {
        kept.add(j);
      } else if (dropped.add(j.ruleId() + " " + j.criterion())) {
        String what = j.capsGrade() ? "capped the grade" : j.capsCriteria() ? "capped every criterion" : "judged '" + j.criterion() + "'";
        failures.add(failure(pack, "undeclared-criterion", j.ruleId(),
            "rule " + j.ruleId() + " " + what + ", which the pack's manifest does not declare (it declares " + m.criteria() + "); the judgement was dropped"));
      }
    }
  }

  /** Stops a run that overstayed; false if it finished meanwhile, so its result stands. */
  private static boolean abandon(RulePack pack, KieSession session, Future<Integer> run, AtomicInteger state) {
    if (!state.compareAndSet(RUNNING, ABANDONED)) {
      return false;
    }
    pack.overdue.incrementAndGet();
    session.halt();
    run.cancel(true);
    return true;
  }

  /** The firings of a run known to have finished, or -1 after listing its failure. */
  private static int finished(Future<Integer> run, RulePack pack, List<PackFailure> failures) {
    try {
      return run.get();
    } catch (ExecutionException e) {
      failures.add(thrown(pack, e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.add(failure(pack, "time-limit", null, "the grading was interrupted while the pack ran; its judgements were dropped"));
    }
    return -1;
  }

  private static PackFailure thrown(RulePack pack, Throwable t) {
    String rule = null;
    Throwable root = t;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof ConsequenceException ce && ce.getMatch() != null && rule == null) {
        rule = ce.getMatch().getRule().getName();
      }
      root = c;
      if (c.getCause() == c) {
        break;
      }
    }
    String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + clip(root.getMessage()));
    return failure(pack, "exception", rule, (rule == null ? "the pack threw " : "rule " + rule + " threw ") + what + "; its judgements were dropped");
  }

  private static PackFailure failure(RulePack pack, String kind, String rule, String message) {
    return new PackFailure(pack.id(), pack.version(), kind, rule, message);
  }

  private static String clip(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() <= 200 ? t : t.substring(0, 200) + "\u2026";
  }
}
