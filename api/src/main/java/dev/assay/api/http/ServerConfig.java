package dev.assay.api.http;

import java.nio.file.Path;

/**
 * Everything a server can be told: where to listen, where to store, and every limit. Each limit's
 * name is the one a problem answer gives in its {@code limit} member when a request goes past it.
 *
 * @param host the interface to bind ({@code 127.0.0.1} by default: put a TLS proxy in front to expose it)
 * @param port the port; 0 picks a free one
 * @param dataDir where the index and the keys live
 * @param maxBodyBytes largest request body, chunked or not (413)
 * @param maxBatchBodyBytes largest batch request body (413)
 * @param maxAnswerChars longest answer, in UTF-16 characters (422); at most the engine's own limit
 * @param maxBatchItems most submissions in one batch (413)
 * @param maxIdChars longest candidate, cohort or external id (400)
 * @param maxQueryChars longest search query (400)
 * @param maxQueryClauses most terms and patterns in a search query (400)
 * @param maxPageSize largest {@code limit} of a listing, search or similarity lookup (400)
 * @param ratePerSecond requests per second allowed per key, on average (429)
 * @param rateBurst requests a key may make at once before the average applies (429)
 * @param gradeWorkers threads grading single submissions
 * @param gradeQueue single submissions allowed to wait for a grading thread (503); one that waits
 *     longer than 10 s (or {@code gradeTimeoutMs} if longer) for a thread is turned away with 503 too
 * @param gradeTimeoutMs longest grading of one answer, from the moment it starts (422)
 * @param batchWorkers threads grading batch items, apart from single submissions
 * @param batchQueue batch items allowed to wait, over all batches (503)
 * @param keepBatches finished batches remembered for {@code GET /v1/batches/{id}}
 * @param rulePacksDir a folder of rule packs to load at start-up (or one pack's folder), or null
 */
public record ServerConfig(
    String host,
    int port,
    Path dataDir,
    long maxBodyBytes,
    long maxBatchBodyBytes,
    int maxAnswerChars,
    int maxBatchItems,
    int maxIdChars,
    int maxQueryChars,
    int maxQueryClauses,
    int maxPageSize,
    double ratePerSecond,
    int rateBurst,
    int gradeWorkers,
    int gradeQueue,
    long gradeTimeoutMs,
    int batchWorkers,
    int batchQueue,
    int keepBatches,
    Path rulePacksDir) {

  public ServerConfig {
    if (maxAnswerChars > dev.assay.engine.Assay.MAX_ANSWER_CHARS) {
      throw new IllegalArgumentException("maxAnswerChars cannot exceed the engine's " + dev.assay.engine.Assay.MAX_ANSWER_CHARS);
    }
    if (port < 0 || port > 65535 || maxBodyBytes < 1 || maxBatchBodyBytes < 1 || maxAnswerChars < 1 || maxBatchItems < 1 || maxIdChars < 1
        || maxQueryChars < 1 || maxQueryClauses < 1 || maxPageSize < 1 || !(ratePerSecond > 0) || rateBurst < 1 || gradeWorkers < 1
        || gradeQueue < 1 || gradeTimeoutMs < 1 || batchWorkers < 1 || batchQueue < 1 || keepBatches < 1) {
      throw new IllegalArgumentException("every limit must be positive (and the port 0 to 65535)");
    }
  }

  /** The defaults, storing under the given directory. */
  public static Builder builder(Path dataDir) {
    return new Builder(dataDir);
  }

  /** A builder starting from the defaults. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 7070;
    private final Path dataDir;
    private long maxBodyBytes = 1L << 20;
    private long maxBatchBodyBytes = 16L << 20;
    private int maxAnswerChars = dev.assay.engine.Assay.MAX_ANSWER_CHARS;
    private int maxBatchItems = 1_000;
    private int maxIdChars = 200;
    private int maxQueryChars = 1_000;
    private int maxQueryClauses = 64;
    private int maxPageSize = 100;
    private double ratePerSecond = 50;
    private int rateBurst = 100;
    private int gradeWorkers = Runtime.getRuntime().availableProcessors();
    private int gradeQueue = 64;
    private long gradeTimeoutMs = 20_000;
    private int batchWorkers = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private int batchQueue = 10_000;
    private int keepBatches = 1_000;
    private Path rulePacksDir;

    private Builder(Path dataDir) {
      this.dataDir = dataDir;
    }

    public Builder host(String v) { host = v; return this; }
    public Builder port(int v) { port = v; return this; }
    public Builder maxBodyBytes(long v) { maxBodyBytes = v; return this; }
    public Builder maxBatchBodyBytes(long v) { maxBatchBodyBytes = v; return this; }
    public Builder maxAnswerChars(int v) { maxAnswerChars = v; return this; }
    public Builder maxBatchItems(int v) { maxBatchItems = v; return this; }
    public Builder maxIdChars(int v) { maxIdChars = v; return this; }
    public Builder maxQueryChars(int v) { maxQueryChars = v; return this; }
    public Builder maxQueryClauses(int v) { maxQueryClauses = v; return this; }
    public Builder maxPageSize(int v) { maxPageSize = v; return this; }
    public Builder ratePerSecond(double v) { ratePerSecond = v; return this; }
    public Builder rateBurst(int v) { rateBurst = v; return this; }
    public Builder gradeWorkers(int v) { gradeWorkers = v; return this; }
    public Builder gradeQueue(int v) { gradeQueue = v; return this; }
    public Builder gradeTimeoutMs(long v) { gradeTimeoutMs = v; return this; }
    public Builder batchWorkers(int v) { batchWorkers = v; return this; }
    public Builder batchQueue(int v) { batchQueue = v; return this; }
    public Builder keepBatches(int v) { keepBatches = v; return this; }
    public Builder rulePacksDir(Path v) { rulePacksDir = v; return this; }

    public ServerConfig build() {
      return new ServerConfig(host, port, dataDir, maxBodyBytes, maxBatchBodyBytes, maxAnswerChars, maxBatchItems, maxIdChars, maxQueryChars,
          maxQueryClauses, maxPageSize, ratePerSecond, rateBurst, gradeWorkers, gradeQueue, gradeTimeoutMs, batchWorkers, batchQueue, keepBatches,
          rulePacksDir);
    }
  }
}
