package dev.assay.engine.bench;

import dev.assay.engine.Assay;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;

/**
 * Times warm, in-process gradings of a set of submissions, the {@link AnalysisFloor} and the
 * {@link RegexChecklist} over the same texts, and grading throughput on one and on all threads.
 *
 * <p>Each task first runs for the warm-up time (so the JIT has compiled the hot code), then for
 * the measurement time, going round the submissions in order; every call is timed on its own.
 * Each runs at least one full round, so even a zero time gives figures for every answer.
 */
public final class Bench {
  private final Assay assay;
  private final List<Submission> submissions;
  private final List<String> texts;
  private final AnalysisFloor floor = new AnalysisFloor();
  private final RegexChecklist regex;
  private volatile long sink;

  /**
   * @param assay the engine
   * @param submissions what to grade; each must be valid (grade them once first to check)
   */
  public Bench(Assay assay, List<Submission> submissions) {
    if (submissions.isEmpty()) {
      throw new IllegalArgumentException("nothing to benchmark: no submissions");
    }
    this.assay = assay;
    this.submissions = List.copyOf(submissions);
    List<String> t = new ArrayList<>();
    for (Submission s : submissions) {
      t.add(s.answer());
    }
    this.texts = List.copyOf(t);
    this.regex = RegexChecklist.of(assay.lexicon());
  }

  /**
   * Runs every measurement.
   *
   * @param warmupSeconds warm-up per task
   * @param seconds measurement per task
   * @param threads threads for the all-threads throughput
   */
  public BenchReport run(double warmupSeconds, double seconds, int threads) {
    long words = 0;
    for (Submission s : submissions) {
      words += assay.grade(s).facts().words();
    }
    Timed grading = time(i -> assay.grade(submissions.get(i)).score().grade(), warmupSeconds, seconds);
    Timed analysis = time(i -> floor.analyse(texts.get(i)), warmupSeconds, seconds);
    Timed checklist = time(i -> regex.matches(texts.get(i)), warmupSeconds, seconds);
    double all = throughput(threads, seconds);
    BenchReport.Memory memory = memory(grading);
    return new BenchReport(
        submissions.size(),
        (int) Math.round((double) words / submissions.size()),
        regex.size(),
        warmupSeconds,
        seconds,
        Runtime.getRuntime().availableProcessors(),
        grading.latencies(),
        analysis.latencies(),
        checklist.latencies(),
        new BenchReport.Throughput(grading.perSecond(), threads, all),
        memory);
  }

  /** The timings of one task: each call's duration, the wall time, and the bytes allocated. */
  private record Timed(long[] nanos, int count, long wallNanos, long allocated, long cpuNanos) {
    Latencies latencies() {
      return Latencies.ofNanos(nanos, count, cpuNanos);
    }

    double perSecond() {
      return wallNanos == 0 ? 0 : count * 1e9 / wallNanos;
    }
  }

  private Timed time(IntToLongFunction task, double warmupSeconds, double seconds) {
    loop(task, warmupSeconds, null);
    return loop(task, seconds, new long[1024]);
  }

  /** Runs the task round the inputs for at least the given time and one full round. */
  private Timed loop(IntToLongFunction task, double seconds, long[] record) {
    long[] nanos = record;
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long allocatedBefore = allocated();
    long cpuBefore = cpu();
    long begin = System.nanoTime();
    long sum = 0;
    int n = 0;
    int size = submissions.size();
    while (n < size || System.nanoTime() < deadline) {
      long start = System.nanoTime();
      sum += task.applyAsLong(n % size);
      long took = System.nanoTime() - start;
      if (nanos != null) {
        if (n == nanos.length) {
          nanos = Arrays.copyOf(nanos, n * 2);
        }
        nanos[n] = took;
      }
      n++;
    }
    long wall = System.nanoTime() - begin;
    long cpuAfter = cpu();
    long allocatedAfter = allocated();
    sink += sum;
    return new Timed(nanos, n, wall, allocatedBefore < 0 ? -1 : allocatedAfter - allocatedBefore, cpuBefore < 0 ? -1 : cpuAfter - cpuBefore);
  }

  /** Gradings per second with every thread grading, round the submissions from different starts. */
  private double throughput(int threads, double seconds) {
    AtomicLong done = new AtomicLong();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    long[] deadline = new long[1];
    for (int t = 0; t < threads; t++) {
      int offset = t * submissions.size() / threads;
      Thread w =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                long sum = 0;
                int n = 0;
                do {
                  sum += assay.grade(submissions.get((offset + n) % submissions.size())).score().grade();
                  n++;
                } while (System.nanoTime() < deadline[0]);
                done.addAndGet(n);
                sink += sum;
              },
              "assay-bench-" + t);
      workers.add(w);
      w.start();
    }
    long begin = System.nanoTime();
    deadline[0] = begin + (long) (seconds * 1e9);
    start.countDown();
    for (Thread w : workers) {
      try {
        w.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while measuring throughput", e);
      }
    }
    long wall = System.nanoTime() - begin;
    return done.get() * 1e9 / wall;
  }

  private static BenchReport.Memory memory(Timed grading) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    double mb = 1024.0 * 1024.0;
    return new BenchReport.Memory(
        (rt.totalMemory() - rt.freeMemory()) / mb,
        rt.totalMemory() / mb,
        rt.maxMemory() / mb,
        grading.allocated() < 0 ? -1 : grading.allocated() / 1024.0 / grading.count(),
        residentMb());
  }

  /** CPU time this thread has used so far, or -1 when the JVM does not measure it. */
  private static long cpu() {
    java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : -1;
  }

  /** Bytes this thread has allocated so far, or -1 when the JVM does not count them. */
  private static long allocated() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx && mx.isThreadAllocatedMemorySupported()) {
      return mx.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }

  /** The process's resident set size from {@code /proc/self/status}, or -1 elsewhere. */
  static double residentMb() {
    Path status = Path.of("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmRSS:")) {
          String kb = line.substring(6).replaceAll("[^0-9]", "");
          return kb.isEmpty() ? -1 : Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
