package dev.assay.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;

/**
 * Makes added documents durable in groups: one thread commits the index (which forces the new files
 * to disk) whenever some caller waits for an operation not yet committed, then refreshes the
 * searcher and completes every waiter whose operation the commit covered.
 *
 * <p>A caller adds its document, takes the sequence number {@link IndexWriter} returned and waits on
 * {@link #durable(long)}. Whatever arrives while a commit runs goes into the next one, so under load
 * one fsync serves many acknowledgements, and a lone request pays for one commit.
 */
final class GroupCommitter implements Closeable {
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Thread thread;
  private final TreeMap<Long, List<CompletableFuture<Void>>> waiters = new TreeMap<>();
  private long committed = -1;
  private boolean closed;
  private Throwable failure;

  GroupCommitter(IndexWriter writer, SearcherManager searchers) {
    this.writer = writer;
    this.searchers = searchers;
    this.thread = new Thread(this::run, "assay-commit");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** A future completed once the operation with this sequence number is committed and searchable. */
  CompletableFuture<Void> durable(long seqNo) {
    CompletableFuture<Void> f = new CompletableFuture<>();
    synchronized (this) {
      if (failure != null) {
        f.completeExceptionally(failure);
      } else if (closed) {
        f.completeExceptionally(new IllegalStateException("the store is closed"));
      } else if (seqNo <= committed) {
        f.complete(null);
      } else {
        waiters.computeIfAbsent(seqNo, k -> new ArrayList<>()).add(f);
        notifyAll();
      }
    }
    return f;
  }

  /** The failure that stopped committing, or null while all is well. */
  synchronized Throwable failure() {
    return failure;
  }

  private void run() {
    while (true) {
      synchronized (this) {
        while (waiters.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (waiters.isEmpty() && closed) {
          return;
        }
      }
      try {
        long seq = writer.commit();
        searchers.maybeRefreshBlocking();
        complete(seq, null);
      } catch (IOException | RuntimeException | Error e) {
        complete(Long.MAX_VALUE, e);
        synchronized (this) {
          failure = e;
        }
        return;
      }
    }
  }

  private void complete(long seq, Throwable error) {
    List<CompletableFuture<Void>> done = new ArrayList<>();
    synchronized (this) {
      if (error == null) {
        committed = Math.max(committed, seq);
      }
      Map<Long, List<CompletableFuture<Void>>> head = waiters.headMap(seq, true);
      head.values().forEach(done::addAll);
      head.clear();
      if (error != null) {
        waiters.values().forEach(done::addAll);
        waiters.clear();
      }
    }
    for (CompletableFuture<Void> f : done) {
      if (error == null) {
        f.complete(null);
      } else {
        f.completeExceptionally(error instanceof IOException io ? new UncheckedIOException(io) : error);
      }
    }
  }

  /** Commits what is still waiting, then stops the commit thread. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
