package dev.assay.bench;

import dev.assay.engine.rules.Verdicts;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The ways of running the rules over one answer's facts: a new stateful session each time, a
 * session borrowed from a pool (what {@code RuleRunner} does), a stateless session.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleSessionBenchmark {
  private static final int MAX_FIRINGS = 10_000;

  private Answers answers;
  private KieBase kieBase;
  private KieSessionsPool pool;
  private StatelessKieSession stateless;

  @Setup
  public void setUp() {
    answers = new Answers();
    kieBase = answers.assay.rules().kieBase();
    pool = kieBase.newKieSessionsPool(1);
    stateless = kieBase.newStatelessKieSession();
  }

  private int run(KieSession session, int i) {
    try {
      session.setGlobal("out", new Verdicts(answers.submissions.get(i).answer()));
      for (Object fact : answers.analyses.get(i).facts()) {
        session.insert(fact);
      }
      return session.fireAllRules(MAX_FIRINGS);
    } finally {
      session.dispose();
    }
  }

  @Benchmark
  public int newStatefulSession() {
    return run(kieBase.newKieSession(), answers.next());
  }

  @Benchmark
  public int pooledSession() {
    return run(pool.newKieSession(), answers.next());
  }

  @Benchmark
  public Verdicts statelessSession() {
    int i = answers.next();
    Verdicts out = new Verdicts(answers.submissions.get(i).answer());
    List<Command<?>> commands =
        List.of(
            CommandFactory.newSetGlobal("out", out),
            CommandFactory.newInsertElements(answers.analyses.get(i).facts()),
            CommandFactory.newFireAllRules(MAX_FIRINGS));
    stateless.execute(CommandFactory.newBatchExecution(commands));
    return out;
  }
}
