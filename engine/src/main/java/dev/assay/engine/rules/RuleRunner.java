package dev.assay.engine.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs the Drools rules over one answer's facts and collects their verdicts.
 *
 * <p>The rule base is built once (the rules module ships it precompiled as an executable model)
 * and shared. Each evaluation borrows a session from a pool and gives it back reset, so the runner
 * is thread-safe and no evaluation pays for building a session's node memories: measured on the
 * calibration answers, a pooled session runs the rules about a tenth faster than a new stateful
 * session, and a stateless session is no faster than a new one (the {@code bench} module's
 * {@code RuleSessionBenchmark}). A session that fires more than {@link #MAX_FIRINGS} rules is
 * stopped and reported rather than left to run away.
 */
public final class RuleRunner {
  /** The kbase name declared in the rules module's kmodule.xml. */
  public static final String KBASE = "assay";

  static final int MAX_FIRINGS = 10_000;

  private final KieBase kieBase;
  private final KieSessionsPool sessions;
  private final RuleFacts ruleFacts;
  private final Set<String> ruleIds;
  private final boolean precompiled;

  public RuleRunner(KieBase kieBase) {
    this(kieBase, false);
  }

  private RuleRunner(KieBase kieBase, boolean precompiled) {
    this.kieBase = kieBase;
    this.sessions = kieBase.newKieSessionsPool(1);
    this.ruleFacts = RuleFacts.of(kieBase);
    this.precompiled = precompiled;
    Set<String> ids = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        ids.add(r.getName());
      }
    }
    this.ruleIds = Set.copyOf(ids);
  }

  /** Where the rules module's build lists the classes of its executable model. */
  static final String MODEL_INDEX = "/META-INF/kie/dev.assay/assay-rules/drools-model";

  /**
   * Loads the rule base the rules module compiled at build time, straight from the model classes
   * its index lists; only when that index is missing does it fall back to Drools' classpath
   * container (which scans the classpath and compiles DRL, several seconds slower).
   */
  public static RuleRunner fromClasspath() {
    try (java.io.InputStream in = RuleRunner.class.getResourceAsStream(MODEL_INDEX)) {
      if (in != null) {
        java.util.List<org.drools.model.Model> models = new java.util.ArrayList<>();
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
          String name = line.strip();
          if (!name.isEmpty() && !name.contains(":")) {
            models.add((org.drools.model.Model) Class.forName(name).getDeclaredConstructor().newInstance());
          }
        }
        if (!models.isEmpty()) {
          return new RuleRunner(org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models), true);
        }
      }
    } catch (java.io.IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the precompiled rules: " + e, e);
    }
    return fromContainer();
  }

  private static RuleRunner fromContainer() {
    KieServices services = KieServices.Factory.get();
    KieContainer container = services.getKieClasspathContainer(RuleRunner.class.getClassLoader());
    KieBase base = container.getKieBase(KBASE);
    if (base == null) {
      throw new IllegalStateException("no kbase '" + KBASE + "' on the classpath: is assay-rules there?");
    }
    return new RuleRunner(base, false);
  }

  /**
   * Whether the rules came from the executable model compiled at build time, rather than from DRL
   * compiled at start-up (a packaging fault that doubles start-up time).
   */
  public boolean precompiled() {
    return precompiled;
  }

  /** The rule base (for benchmarks that compare session strategies). */
  public KieBase kieBase() {
    return kieBase;
  }

  /** Every rule id in the rule base, sorted. */
  public Set<String> ruleIds() {
    return ruleIds;
  }

  /**
   * Fires the rules once over a neutral context, in a session of its own that is then thrown away,
   * so that the first real run finds Drools' run-time classes loaded and the rule base's shared
   * structures made. Meant for the thread that loads the rule base while the rest of the engine is
   * built; it changes no verdict, and a failure here is ignored (the real run meets it again).
   */
  public void warmUp() {
    try {
      KieSession session = kieBase.newKieSession();
      try {
        session.setGlobal("out", new Verdicts(""));
        ruleFacts.insertAll(session, List.of(new Context("fraud", false, false, false, false, false, 0, "", 0, 0, 0)));
        session.fireAllRules(MAX_FIRINGS);
      } finally {
        session.dispose();
      }
    } catch (RuntimeException e) {
      // Only an optimisation.
    }
  }

  /** The outcome of one run: the verdicts and whether it was cut short. */
  public record Outcome(List<Judgement> judgements, int firings, boolean stopped) {}

  /**
   * Fires the rules over the facts.
   *
   * @param facts everything the rules match on
   * @param verdicts the output channel, bound as global {@code out}
   * @param disabled rule ids not to fire
   */
  public Outcome run(Collection<?> facts, Verdicts verdicts, Set<String> disabled) {
    KieSession session = sessions.newKieSession();
    try {
      session.setGlobal("out", verdicts);
      ruleFacts.insertAll(session, facts);
      int fired =
          disabled.isEmpty()
              ? session.fireAllRules(MAX_FIRINGS)
              : session.fireAllRules(m -> !disabled.contains(m.getRule().getName()), MAX_FIRINGS);
      return new Outcome(List.copyOf(verdicts.judgements()), fired, fired >= MAX_FIRINGS);
    } finally {
      session.dispose();
    }
  }
}
