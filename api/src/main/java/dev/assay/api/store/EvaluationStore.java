package dev.assay.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk index of submissions and evaluations under {@code DATA/index}: adds documents durably
 * and reads them back by id, by listing, and through the search, report and similarity views that
 * borrow its searcher.
 *
 * <p>An evaluation is written first to the {@link WriteAheadLog} under {@code DATA/index-log}, and
 * acknowledged once the log is forced to disk and the document is in the index writer, so that one
 * {@code fdatasync} serves every evaluation that arrived meanwhile. The index is committed about
 * once a second (and on close); each commit lets the log files it covers go. Opening the store
 * indexes again whatever the log holds that the last commit does not (after a crash). Readers see
 * every acknowledged evaluation: a read refreshes the searcher first when the index changed.
 */
public final class EvaluationStore implements Closeable {
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(EvaluationDocument.CREATED, SortField.Type.LONG, true), new SortField(EvaluationDocument.ID, SortField.Type.STRING));

  /** How often the index is committed while it has changes, in milliseconds. */
  static final long COMMIT_INTERVAL_MS = 1000;

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final WriteAheadLog log;
  private final Path logDir;
  private final long commitIntervalMs;
  /** Log sequence numbers of records written to the log and not yet in the index writer. */
  private final ConcurrentSkipListSet<Long> unindexed = new ConcurrentSkipListSet<>();
  private final ExecutorService indexers;
  private final Thread committer;
  private final Object closing = new Object();
  private volatile boolean closed;
  private volatile Throwable commitFailure;
  /** The last log sequence number the last commit covers. */
  private long committedThrough;

  private EvaluationStore(Directory directory, IndexWriter writer, SearcherManager searchers, WriteAheadLog log, Path logDir, long commitIntervalMs) {
    this.directory = directory;
    this.commitIntervalMs = commitIntervalMs;
    this.logDir = logDir;
    this.writer = writer;
    this.searchers = searchers;
    this.log = log;
    AtomicInteger n = new AtomicInteger();
    this.indexers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
      Thread t = new Thread(r, "assay-index-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.committer = new Thread(this::commitLoop, "assay-commit");
    this.committer.setDaemon(true);
    this.committer.start();
  }

  /**
   * Opens the index under {@code dataDir/index}, creating it if needed, and indexes what the log
   * holds beyond its last commit. An index left by a process that was killed opens at its last
   * commit, plus every evaluation that process acknowledged.
   *
   * @throws IllegalStateException when another process holds the index
   */
  public static EvaluationStore open(Path dataDir) {
    return open(dataDir, COMMIT_INTERVAL_MS);
  }

  /** Opens the store committing the index every {@code commitIntervalMs} while it has changes. */
  static EvaluationStore open(Path dataDir, long commitIntervalMs) {
    Path dir = dataDir.resolve("index");
    Path logDir = dataDir.resolve("index-log");
    try {
      Files.createDirectories(dir);
      // Read through positional reads, not memory maps: mapped index files count in the server's
      // resident memory as the index grows (merges touch every byte), read ones stay in the page cache.
      // Interrupting a thread in a read would close its channel: no thread that reads or writes the
      // index is ever interrupted (grading threads, which are, only append to the log, by stream).
      Directory directory = new NIOFSDirectory(dir);
      IndexWriterConfig cfg = new IndexWriterConfig(EvaluationDocument.analyzer());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setCommitOnClose(true);
      // A commit must not wait for merges of the small segments it just wrote (Lucene's
      // merge-on-commit); background merges take them.
      cfg.setMaxFullFlushMergeWaitMillis(0);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, cfg);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IllegalStateException("the index in " + dir + " is in use by another process", e);
      }
      replay(writer, logDir);
      writer.commit();
      WriteAheadLog log = WriteAheadLog.open(logDir);
      List<Long> gens = WriteAheadLog.generations(logDir);
      log.deleteBefore(gens.get(gens.size() - 1));
      // Searchers come from the writer (near-real-time), refreshed when a read finds them stale.
      return new EvaluationStore(directory, writer, new SearcherManager(writer, null), log, logDir, commitIntervalMs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + dir, e);
    }
  }

  /** Indexes the logged records the index does not hold yet. */
  private static void replay(IndexWriter writer, Path logDir) throws IOException {
    List<byte[]> records = WriteAheadLog.replay(logDir);
    if (records.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(reader);
      for (byte[] b : records) {
        EvaluationRecord r = EvaluationRecord.decode(b);
        if (seen.add(r.id()) && s.count(new TermQuery(new Term(EvaluationDocument.ID, r.id()))) == 0) {
          writer.addDocument(EvaluationDocument.toDocument(r));
        }
      }
    }
  }

  /**
   * Adds an evaluation; the future completes once it is durable (in the log, forced to disk) and
   * readable, and fails if either fails.
   */
  public CompletableFuture<StoredEvaluation> add(NewEvaluation e) {
    EvaluationRecord record;
    Document doc;
    long seq;
    try {
      record = EvaluationRecord.of(e);
      doc = EvaluationDocument.toDocument(record);
      byte[] bytes = record.encode();
      synchronized (log) {
        seq = log.append(bytes);
        unindexed.add(seq);
      }
    } catch (RuntimeException ex) {
      return CompletableFuture.failedFuture(ex);
    }
    StoredEvaluation stored = EvaluationDocument.stored(record);
    return log.durable(seq)
        .whenComplete((v, t) -> {
          if (t != null) {
            unindexed.remove(seq);
          }
        })
        .thenApplyAsync(v -> {
          try {
            writer.addDocument(doc);
            return stored;
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          } finally {
            unindexed.remove(seq);
          }
        }, indexers);
  }

  // Nothing here interrupts the committer: an interrupt during index I/O would close Lucene's
  // channels, the write lock's among them.
  private void commitLoop() {
    while (true) {
      synchronized (closing) {
        if (!closed) {
          try {
            closing.wait(commitIntervalMs);
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
      }
      try {
        commit();
      } catch (IOException | RuntimeException e) {
        commitFailure = e;
        return;
      }
    }
  }

  /**
   * Commits the index with every record logged so far, then deletes the log files the commit
   * covers.
   */
  private synchronized void commit() throws IOException {
    if (!writer.hasUncommittedChanges() && log.lastAppended() == committedThrough) {
      return;
    }
    long generation;
    long boundary;
    synchronized (log) {
      generation = log.rotate();
      boundary = log.lastAppended();
    }
    // Records logged before the rotation must be in the writer before the commit that lets their log go.
    while (!unindexed.isEmpty() && unindexed.first() <= boundary) {
      if (writer.getTragicException() != null) {
        throw new IOException("the index writer failed", writer.getTragicException());
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    writer.commit();
    committedThrough = boundary;
    log.deleteBefore(generation);
  }

  /** Whether the index still accepts writes (a failed commit or disk error stops it). */
  public boolean healthy() {
    return writer.isOpen() && log.failure() == null && commitFailure == null;
  }

  /** The evaluation with this id, if there is one the filter lets through. */
  public Optional<StoredEvaluation> get(String id, Query visibility) {
    return read(s -> {
      Query q = filtered(new TermQuery(new Term(EvaluationDocument.ID, id)), visibility);
      TopDocs td = s.search(q, 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(EvaluationDocument.fromDocument(s.storedFields().document(td.scoreDocs[0].doc)));
    });
  }

  /** The answer text of the evaluation with this id, exactly as submitted, if the filter lets it through. */
  public Optional<String> answer(String id, Query visibility) {
    return read(s -> {
      TopDocs td = s.search(filtered(new TermQuery(new Term(EvaluationDocument.ID, id)), visibility), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(s.storedFields().document(td.scoreDocs[0].doc, Set.of(EvaluationDocument.ANSWER)).get(EvaluationDocument.ANSWER));
    });
  }

  /**
   * One page of the evaluations the filter lets through, newest first, optionally in one cohort
   * and of one candidate.
   */
  public Page list(Query visibility, String cohortId, String candidateId, int limit, String cursor) {
    if (cursor != null && !cursor.isEmpty()) {
      Cursor.decode(cursor, 1);
    }
    return read(s -> {
      if (s.getIndexReader().maxDoc() == 0) {
        return new Page(List.of(), null);
      }
      FieldDoc after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, s.getIndexReader().maxDoc());
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(visibility, Occur.FILTER);
      if (cohortId != null) {
        b.add(Visibility.cohort(cohortId), Occur.FILTER);
      }
      if (candidateId != null) {
        b.add(new TermQuery(new Term(EvaluationDocument.CANDIDATE, candidateId)), Occur.FILTER);
      }
      TopDocs td = after == null ? s.search(b.build(), limit + 1, NEWEST_FIRST) : s.searchAfter(after, b.build(), limit + 1, NEWEST_FIRST);
      int n = Math.min(limit, td.scoreDocs.length);
      int[] docs = new int[n];
      for (int i = 0; i < n; i++) {
        docs[i] = td.scoreDocs[i].doc;
      }
      String next = null;
      if (td.scoreDocs.length > limit) {
        FieldDoc last = (FieldDoc) td.scoreDocs[limit - 1];
        next = Cursor.encode((Long) last.fields[0], ((BytesRef) last.fields[1]).utf8ToString());
      }
      return new Page(Summaries.of(s, docs), next);
    });
  }

  static Query filtered(Query q, Query filter) {
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /** Something done with a searcher over the last commit. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs a read against the latest committed state, releasing the searcher afterwards. */
  public <T> T read(Read<T> read) {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        return read.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indexes and commits what is logged, then closes the index and the log. */
  @Override
  public void close() {
    synchronized (closing) {
      closed = true;
      closing.notifyAll();
    }
    try {
      committer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.close();
    indexers.shutdown();
    try {
      indexers.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      searchers.close();
      if (writer.isOpen()) {
        boolean complete = unindexed.isEmpty();
        writer.close();
        if (complete) {
          List<Long> gens = WriteAheadLog.generations(logDir);
          if (!gens.isEmpty()) {
            log.deleteBefore(gens.get(gens.size() - 1) + 1);
          }
        }
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
