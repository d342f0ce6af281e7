package dev.assay.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One batch in progress or done: how many items it has, how many are graded and stored, how many
 * failed, and each item's outcome.
 */
final class Batch {
  private final String id;
  private final String keyId;
  private final Instant createdAt;
  private final AtomicReferenceArray<Item> items;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger failed = new AtomicInteger();
  private volatile Instant finishedAt;

  /** One item's outcome: the evaluation id, or the problem that stopped it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(int index, String id, Problem error) {}

  /** What {@code GET /v1/batches/{id}} answers; {@code items} only once the batch is done. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record View(String id, String status, int total, int done, int failed, Instant createdAt, Instant finishedAt, List<Item> items) {}

  Batch(String id, String keyId, int total) {
    this.id = id;
    this.keyId = keyId;
    this.createdAt = Instant.now();
    this.items = new AtomicReferenceArray<>(total);
  }

  String id() {
    return id;
  }

  String keyId() {
    return keyId;
  }

  Instant finishedAt() {
    return finishedAt;
  }

  int total() {
    return items.length();
  }

  /** Records an item graded and durably stored. */
  void succeeded(int index, String evaluationId) {
    if (items.compareAndSet(index, null, new Item(index, evaluationId, null))) {
      done.incrementAndGet();
      finishIfComplete();
    }
  }

  /** Records an item that failed. */
  void failed(int index, Problem problem) {
    if (items.compareAndSet(index, null, new Item(index, null, problem))) {
      failed.incrementAndGet();
      finishIfComplete();
    }
  }

  private void finishIfComplete() {
    if (done.get() + failed.get() == items.length()) {
      finishedAt = Instant.now();
    }
  }

  View view() {
    Instant end = finishedAt;
    List<Item> list = null;
    if (end != null) {
      list = new ArrayList<>();
      for (int i = 0; i < items.length(); i++) {
        list.add(items.get(i));
      }
    }
    return new View(id, end == null ? "running" : "done", items.length(), done.get(), failed.get(), createdAt, end, list);
  }
}
