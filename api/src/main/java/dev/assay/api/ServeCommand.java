package dev.assay.api;

import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.Role;
import dev.assay.api.http.AssayServer;
import dev.assay.api.http.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay serve}: the HTTP API over a data directory. Prints {@code admin key: ...} on first
 * start (no keys yet) and {@code listening on http://HOST:PORT} once it serves, each on a line of
 * its own, then serves until stopped; a TERM or INT signal closes the index cleanly.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API, storing under --data.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "7070", description = "port; 0 picks a free one (default 7070)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface to bind (default 127.0.0.1; put a TLS proxy in front to expose it)")
  String host;

  @Option(names = "--data", defaultValue = "assay-data", paramLabel = "DIR", description = "data directory: index and keys (default ./assay-data)")
  Path data;

  @Option(names = "--max-body", paramLabel = "BYTES", description = "largest request body (default 1048576)")
  Long maxBody;

  @Option(names = "--max-batch-body", paramLabel = "BYTES", description = "largest batch request body (default 16777216)")
  Long maxBatchBody;

  @Option(names = "--max-answer-chars", paramLabel = "N", description = "longest answer (default 100000)")
  Integer maxAnswerChars;

  @Option(names = "--max-batch-items", paramLabel = "N", description = "most submissions in a batch (default 1000)")
  Integer maxBatchItems;

  @Option(names = "--max-query-chars", paramLabel = "N", description = "longest search query (default 1000)")
  Integer maxQueryChars;

  @Option(names = "--max-query-clauses", paramLabel = "N", description = "most terms and patterns in a search query (default 64)")
  Integer maxQueryClauses;

  @Option(names = "--max-page-size", paramLabel = "N", description = "largest page of a listing or search (default 100)")
  Integer maxPageSize;

  @Option(names = "--rate", paramLabel = "PER_SECOND", description = "requests per second per key (default 50)")
  Double rate;

  @Option(names = "--burst", paramLabel = "N", description = "requests a key may make at once (default 100)")
  Integer burst;

  @Option(names = "--workers", paramLabel = "N", description = "threads grading single submissions (default: the processors)")
  Integer workers;

  @Option(names = "--queue", paramLabel = "N", description = "single submissions allowed to wait (default 64)")
  Integer queue;

  @Option(names = "--grade-timeout-ms", paramLabel = "MS", description = "longest grading of one answer (default 20000)")
  Long gradeTimeoutMs;

  @Option(names = "--batch-workers", paramLabel = "N", description = "threads grading batch items (default: half the processors)")
  Integer batchWorkers;

  @Option(names = "--batch-queue", paramLabel = "N", description = "batch items allowed to wait, over all batches (default 10000)")
  Integer batchQueue;

  @Option(names = "--rule-packs", paramLabel = "DIR", description = "a folder of rule pack folders (or one pack's folder) to run after the built-in rules")
  Path rulePacks;

  @Override
  public Integer call() throws InterruptedException {
    ServerConfig config = config();
    PrintWriter out = spec.commandLine().getOut();
    dev.assay.engine.Assay engine = Engines.shared();
    // Warm the engine while the store opens and the server starts, on the other core.
    warmUp();
    AssayServer server;
    try {
      server = AssayServer.start(config, engine);
    } catch (IllegalStateException e) {
      throw new BadInputException(e.getMessage());
    } catch (io.javalin.util.JavalinBindException e) {
      throw new BadInputException("cannot listen on " + host + ":" + port + ": the port is in use");
    }
    server.warnings().forEach(w -> System.err.println("assay: " + w));
    KeyStore keys = KeyStore.open(data);
    if (keys.isEmpty()) {
      KeyStore.Created admin = keys.create(Role.ADMIN, List.of(), null);
      out.println("admin key: " + admin.secret());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (RuntimeException e) {
        System.err.println("assay: closing the server failed: " + e);
      } finally {
        stopped.countDown();
      }
    }, "assay-shutdown"));
    out.println("listening on http://" + host + ":" + server.port());
    out.flush();
    // The server listens while the rule base may still be loading (gradings wait for it); a rule
    // base that cannot load still ends the command with an internal error, as before it listened.
    try {
      engine.rules();
    } catch (IllegalStateException e) {
      server.close();
      throw e;
    }
    stopped.await();
    return 0;
  }

  /**
   * Grades a few bundled answers on a background thread while the server starts, so that the
   * first real request finds the engine's code loaded and compiled rather than paying for it.
   */
  static Thread warmUp() {
    Thread t =
        new Thread(
            () -> {
              try {
                List<dev.assay.engine.model.Submission> answers = dev.assay.engine.bench.BenchCorpus.bundled();
                for (int i = 0; i < WARM_UP_GRADINGS; i++) {
                  dev.assay.engine.json.EvaluationJson.compact(Engines.shared().grade(answers.get(i % answers.size())));
                }
              } catch (RuntimeException e) {
                // Warming up is an optimisation: a failure here changes nothing for requests.
              }
            },
            "assay-warm-up");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
    return t;
  }

  /** Gradings done at start-up to warm the engine. */
  static final int WARM_UP_GRADINGS = 4;

  private ServerConfig config() {
    ServerConfig.Builder b = ServerConfig.builder(data).host(host).port(port);
    if (maxBody != null) b.maxBodyBytes(maxBody);
    if (maxBatchBody != null) b.maxBatchBodyBytes(maxBatchBody);
    if (maxAnswerChars != null) b.maxAnswerChars(maxAnswerChars);
    if (maxBatchItems != null) b.maxBatchItems(maxBatchItems);
    if (maxQueryChars != null) b.maxQueryChars(maxQueryChars);
    if (maxQueryClauses != null) b.maxQueryClauses(maxQueryClauses);
    if (maxPageSize != null) b.maxPageSize(maxPageSize);
    if (rate != null) b.ratePerSecond(rate);
    if (burst != null) b.rateBurst(burst);
    if (workers != null) b.gradeWorkers(workers);
    if (queue != null) b.gradeQueue(queue);
    if (gradeTimeoutMs != null) b.gradeTimeoutMs(gradeTimeoutMs);
    if (batchWorkers != null) b.batchWorkers(batchWorkers);
    if (batchQueue != null) b.batchQueue(batchQueue);
    if (rulePacks != null) b.rulePacksDir(rulePacks);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
