package dev.assay.engine.bench;

/**
 * What {@link Bench} measured.
 *
 * @param answers distinct answers in the input
 * @param meanWords their mean length in words, as the engine counts them
 * @param concepts concepts in the lexicon (and patterns in the regex checklist)
 * @param warmupSeconds warm-up before each measurement
 * @param seconds length of each measurement
 * @param processors processors the JVM sees
 * @param grading whole gradings, one thread
 * @param floor analysis of the same texts only, one thread
 * @param regex the naive regex checklist over the same texts, one thread
 * @param throughput answers graded per second
 * @param memory heap and allocation figures
 */
public record BenchReport(
    int answers,
    int meanWords,
    int concepts,
    double warmupSeconds,
    double seconds,
    int processors,
    Latencies grading,
    Latencies floor,
    Latencies regex,
    Throughput throughput,
    Memory memory) {

  /** Grading's median as a multiple of the analysis floor's median. */
  public double gradingToFloor() {
    return floor.p50Ms() == 0 ? 0 : grading.p50Ms() / floor.p50Ms();
  }

  /** The regex checklist's median as a multiple of grading's median (how much faster grading is). */
  public double regexToGrading() {
    return grading.p50Ms() == 0 ? 0 : regex.p50Ms() / grading.p50Ms();
  }

  /**
   * Answers graded per second by one thread, and by {@code threads} threads at once.
   *
   * @param oneThread gradings per second on one thread
   * @param threads threads used for the second figure
   * @param allThreads gradings per second over all threads
   */
  public record Throughput(double oneThread, int threads, double allThreads) {}

  /**
   * Memory figures.
   *
   * @param heapUsedMb heap in use after a full collection at the end
   * @param heapCommittedMb heap the JVM holds from the system
   * @param heapMaxMb the heap's limit
   * @param allocatedPerGradingKb bytes allocated per grading, in KiB (-1 when the JVM cannot tell)
   * @param residentMb the process's resident set size (-1 when the system does not say)
   */
  public record Memory(double heapUsedMb, double heapCommittedMb, double heapMaxMb, double allocatedPerGradingKb, double residentMb) {}
}
