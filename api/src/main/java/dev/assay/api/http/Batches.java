package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import dev.assay.engine.model.Submission;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batches of this server run: each item is graded on the batch pool (apart from single
 * submissions, so a cohort of 500 answers does not hold up anyone else) and stored; an item counts
 * as done only once it is durable. Batches are remembered in memory, up to {@link
 * ServerConfig#keepBatches()} finished ones.
 */
final class Batches {
  private final Submissions submissions;
  private final GradingPool pool;
  private final int capacity;
  private final int keep;
  private final AtomicInteger pending = new AtomicInteger();
  private final Map<String, Batch> batches = new ConcurrentHashMap<>();

  /** One item of a batch: an admitted submission, or the problem that stopped it at the door. */
  record Entry(Submission submission, Problem problem) {}

  Batches(Submissions submissions, GradingPool pool, int capacity, int keep) {
    this.submissions = submissions;
    this.pool = pool;
    this.capacity = capacity;
    this.keep = keep;
  }

  /**
   * Starts a batch.
   *
   * @throws ProblemException 503 when the batch line cannot take this many more items
   */
  Batch start(Principal p, List<Entry> entries) {
    int n = (int) entries.stream().filter(e -> e.submission() != null).count();
    int now = pending.addAndGet(n);
    if (now > capacity) {
      pending.addAndGet(-n);
      throw ProblemException.unavailable(
          "batchQueue", pool.retryAfterSeconds(), "the batch queue cannot take " + n + " more items (" + (now - n) + " of " + capacity + " waiting)");
    }
    forget();
    Batch b = new Batch(Submissions.newId("batch_"), p.keyId(), entries.size());
    batches.put(b.id(), b);
    List<Runnable> later = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int index = i;
      if (e.submission() == null) {
        later.add(() -> b.failed(index, e.problem()));
        continue;
      }
      java.util.concurrent.CompletableFuture<dev.assay.api.store.StoredEvaluation> f;
      try {
        f = submissions.gradeAndStore(pool, p, e.submission());
      } catch (RuntimeException ex) {
        pending.decrementAndGet();
        later.add(() -> b.failed(index, Submissions.problemOf(ex)));
        continue;
      }
      f.whenComplete((stored, error) -> {
            pending.decrementAndGet();
            if (error == null) {
              b.succeeded(index, stored.id());
            } else {
              b.failed(index, Submissions.problemOf(error));
            }
          });
    }
    later.forEach(Runnable::run);
    return b;
  }

  /** The batch, if the caller started it or is an admin. */
  Optional<Batch> get(Principal p, String id) {
    Batch b = batches.get(id);
    if (b == null || !(p.admin() || b.keyId().equals(p.keyId()))) {
      return Optional.empty();
    }
    return Optional.of(b);
  }

  /** Forgets the oldest finished batches beyond the number to keep. */
  private void forget() {
    if (batches.size() < keep) {
      return;
    }
    List<Batch> finished = new ArrayList<>(batches.values().stream().filter(b -> b.finishedAt() != null).toList());
    finished.sort((a, b) -> a.finishedAt().compareTo(b.finishedAt()));
    Iterator<Batch> it = finished.iterator();
    while (batches.size() >= keep && it.hasNext()) {
      batches.remove(it.next().id());
    }
  }
}
