package dev.assay.api.http;

import dev.assay.api.auth.KeyStore;
import dev.assay.api.pack.RulePackRegistry;
import dev.assay.api.rubric.RubricVersions;
import dev.assay.api.store.EvaluationStore;
import dev.assay.engine.Assay;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The HTTP server: opens the store and the keys of a data directory, starts the grading pools and
 * serves the {@link Api} routes and the {@link WebPages} with Javalin until closed.
 */
public final class AssayServer implements AutoCloseable {
  /** The longest a single submission waits for a grading thread (or gradeTimeoutMs if longer) before a 503. */
  static final long MAX_WAIT_MS = 10_000;

  private final Javalin app;
  private final EvaluationStore store;
  private final GradingPool interactive;
  private final GradingPool batch;
  private final ScheduledExecutorService watchdog;
  private final List<String> warnings;

  private AssayServer(
      Javalin app, EvaluationStore store, GradingPool interactive, GradingPool batch, ScheduledExecutorService watchdog, List<String> warnings) {
    this.app = app;
    this.store = store;
    this.interactive = interactive;
    this.batch = batch;
    this.watchdog = watchdog;
    this.warnings = List.copyOf(warnings);
  }

  /** Jetty's property for how many object references share a cache line (its padding hint). */
  static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

  /**
   * Tells Jetty how many references fill a cache line, unless the user already has: without it,
   * Jetty's first thread pool asks the JVM whether oops are compressed through the platform MBean
   * server, and starting that server (every platform MXBean registered) cost about 0.2 s of
   * {@code serve}'s start and some heap for good. The value only sizes padding against false
   * sharing: 64-byte lines of 4-byte compressed references (any heap under 32 GB).
   */
  static void skipJettyCacheLineProbe() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
    }
  }

  /** Starts a server grading with the engine and the rule packs it loads. */
  public static AssayServer start(ServerConfig config, Assay engine) {
    return start(config, engine, null);
  }

  /**
   * Starts a server whose gradings go through {@code grader} (a test's wrapper of the engine), or
   * through the engine with the server's rule packs when it is null; the engine still answers the
   * catalogue routes.
   */
  public static AssayServer start(ServerConfig config, Assay engine, Grader grader) {
    skipJettyCacheLineProbe();
    List<String> warnings = new ArrayList<>();
    // Only packs need the rule ids: with none, the server starts while the rule base still loads
    // (gradings wait for it, and /health answers 503 "starting" until it is there).
    RulePackRegistry packs = RulePackRegistry.open(config.dataDir(), config.rulePacksDir(), () -> engine.rules().ruleIds());
    packs.refused().forEach(r -> warnings.add(r.toString()));
    RubricVersions rubricVersions = RubricVersions.open(config.dataDir());
    rubricVersions.latest(warnings, engine.validator()).values().forEach(engine::addRubric);
    if (grader == null) {
      grader = s -> engine.grade(s, null, packs.current());
    }
    KeyStore keys = KeyStore.open(config.dataDir());
    EvaluationStore store = EvaluationStore.open(config.dataDir());
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "assay-watchdog");
      t.setDaemon(true);
      return t;
    });
    GradingPool interactive = new GradingPool("assay-grade", config.gradeWorkers(), config.gradeQueue(), config.gradeTimeoutMs(),
        Math.max(MAX_WAIT_MS, config.gradeTimeoutMs()), grader, watchdog);
    GradingPool batch = new GradingPool("assay-batch", config.batchWorkers(), config.batchQueue(), config.gradeTimeoutMs(), 0, grader, watchdog);
    Submissions submissions = new Submissions(config, store);
    Services services =
        new Services(config, engine, store, keys, submissions, interactive, new Batches(submissions, batch, config.batchQueue(), config.keepBatches()),
            packs, rubricVersions);
    Guard guard = new Guard(keys, new RateLimiter(config.ratePerSecond(), config.rateBurst()));
    byte[][] openApi = new byte[1][];
    List<Route> routes = Api.routes(services, (ctx, p) -> ctx.contentType("application/json").result(openApi[0]));
    openApi[0] = Json.bytes(OpenApi.document(routes, Assay.VERSION));
    Javalin app;
    try {
      app =
          Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = Math.max(config.maxBodyBytes(), config.maxBatchBodyBytes());
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            ErrorMapping.install(cfg);
            WebPages.install(cfg);
            for (Route r : routes) {
              cfg.routes.addHttpHandler(r.method(), r.path(), guard.wrap(r));
            }
          });
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      interactive.close();
      batch.close();
      watchdog.shutdownNow();
      store.close();
      throw e;
    }
    return new AssayServer(app, store, interactive, batch, watchdog, warnings);
  }

  /** What start-up refused and went on without: rule packs that do not compile, stored rubrics that no longer read. */
  public List<String> warnings() {
    return warnings;
  }

  /** The port bound (useful when the configuration asked for port 0). */
  public int port() {
    return app.port();
  }

  /** The routes Javalin actually serves, as {@code "GET /path"}. */
  public List<String> registeredRoutes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(pe -> pe.endpoint)
        .filter(e -> e.method.isHttpMethod())
        .map(e -> e.method.name().toUpperCase(Locale.ROOT) + " " + e.path)
        .sorted()
        .toList();
  }

  /**
   * Stops taking gradings (those still waiting fail with 503), stops serving once the requests in
   * progress are answered, and closes the store, committing what is pending.
   */
  @Override
  public void close() {
    interactive.close();
    batch.close();
    app.stop();
    watchdog.shutdownNow();
    store.close();
  }
}
