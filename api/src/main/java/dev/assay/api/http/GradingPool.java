package dev.assay.api.http;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed set of grading threads with a bounded waiting line and a time limit per grading.
 *
 * <p>{@link #submit} never blocks: when the line is full it throws {@link QueueFullException} at
 * once. A grading that runs past the time limit fails its future with {@link
 * GradeTimeoutException} at the limit, and its thread is interrupted; since the engine may not
 * notice the interrupt, the pool then lends itself one extra thread until the abandoned grading
 * returns (the engine's input limits and rule firing limit bound how long that is), so a runaway
 * answer costs its own thread for a while but never the server's capacity.
 */
final class GradingPool implements AutoCloseable {
  private final String name;
  private final int workers;
  private final int queue;
  private final long timeoutMs;
  private final long maxWaitMs;
  private final Grader grader;
  private final ScheduledExecutorService watchdog;
  private final ThreadPoolExecutor executor;
  private final AtomicInteger abandoned = new AtomicInteger();
  private volatile double meanMs = 200;

  /**
   * @param name thread name prefix
   * @param workers grading threads
   * @param queue submissions allowed to wait
   * @param timeoutMs time limit per grading, from its start
   * @param maxWaitMs longest wait in line before a submission is turned away (0: no limit)
   * @param grader what grades
   * @param watchdog runs the time limits
   */
  GradingPool(String name, int workers, int queue, long timeoutMs, long maxWaitMs, Grader grader, ScheduledExecutorService watchdog) {
    this.name = name;
    this.workers = workers;
    this.queue = queue;
    this.timeoutMs = timeoutMs;
    this.maxWaitMs = maxWaitMs;
    this.grader = grader;
    this.watchdog = watchdog;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Queues a submission for grading.
   *
   * @throws QueueFullException when the line is full
   */
  CompletableFuture<Evaluation> submit(Submission s) {
    Job job = new Job(s, System.nanoTime());
    try {
      executor.execute(job);
    } catch (RejectedExecutionException e) {
      if (executor.isShutdown()) {
        throw new QueueFullException(name + " is shutting down", 1);
      }
      throw new QueueFullException(name + " queue is full (" + queue + " waiting)", retryAfterSeconds());
    }
    return job.result;
  }

  /** Seconds until the line has likely moved on: the queued work divided among the threads. */
  long retryAfterSeconds() {
    double ms = (executor.getQueue().size() + 1) * meanMs / workers;
    return Math.max(1, (long) Math.ceil(ms / 1000));
  }

  /** Submissions waiting for a thread. */
  int waiting() {
    return executor.getQueue().size();
  }

  /** Gradings abandoned at the time limit whose threads have not returned yet. */
  int abandoned() {
    return abandoned.get();
  }

  private synchronized void lend() {
    if (abandoned.incrementAndGet() <= workers) {
      executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
      executor.setCorePoolSize(executor.getCorePoolSize() + 1);
    }
  }

  private synchronized void giveBack() {
    if (abandoned.getAndDecrement() <= workers) {
      executor.setCorePoolSize(executor.getCorePoolSize() - 1);
      executor.setMaximumPoolSize(executor.getMaximumPoolSize() - 1);
    }
  }

  /** Refuses new work, fails what is still waiting, and interrupts what runs. */
  @Override
  public void close() {
    for (Runnable r : executor.shutdownNow()) {
      if (r instanceof Job job) {
        job.result.completeExceptionally(new QueueFullException(name + " is shutting down", 1));
      }
    }
  }

  /** One grading: its result, and the thread running it while it runs. */
  private final class Job implements Runnable {
    final CompletableFuture<Evaluation> result = new CompletableFuture<>();
    private final Submission submission;
    private final long queuedAt;
    private Thread runner;
    private boolean lent;

    Job(Submission submission, long queuedAt) {
      this.submission = submission;
      this.queuedAt = queuedAt;
    }

    @Override
    public void run() {
      long start = System.nanoTime();
      if (maxWaitMs > 0 && TimeUnit.NANOSECONDS.toMillis(start - queuedAt) > maxWaitMs) {
        result.completeExceptionally(new QueueFullException(name + " queue: waited over " + maxWaitMs + " ms for a grading thread", retryAfterSeconds()));
        return;
      }
      synchronized (this) {
        runner = Thread.currentThread();
      }
      ScheduledFuture<?> timer = watchdog.schedule(this::expire, timeoutMs, TimeUnit.MILLISECONDS);
      try {
        Evaluation e = grader.grade(submission);
        result.complete(e);
        meanMs = 0.9 * meanMs + 0.1 * TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      } catch (Throwable t) {
        result.completeExceptionally(t);
      } finally {
        timer.cancel(false);
        boolean giveBack;
        synchronized (this) {
          runner = null;
          giveBack = lent;
        }
        Thread.interrupted();
        if (giveBack) {
          GradingPool.this.giveBack();
        }
      }
    }

    private void expire() {
      if (result.completeExceptionally(new GradeTimeoutException(timeoutMs))) {
        synchronized (this) {
          if (runner != null) {
            runner.interrupt();
            lent = true;
            lend();
          }
        }
      }
    }
  }
}
