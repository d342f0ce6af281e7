package dev.assay.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.api.Engines;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's durability through its write-ahead log: what it acknowledged is readable at once and
 * is still there when the process dies before the index commits it, even with a torn last record.
 */
class EvaluationStoreTest {
  private static final Path CALIBRATION = Path.of("..", "rules", "src", "test", "resources", "calibration");
  private static Submission submission;
  private static Evaluation evaluation;

  @TempDir Path dir;

  @BeforeAll
  static void grade() throws IOException {
    submission = new Submission(Files.readString(CALIBRATION.resolve("cal-05.md"), StandardCharsets.UTF_8), "ad-click-prediction", null, null, null, "cand", "fall-24", null, List.of());
    evaluation = Engines.shared().grade(submission);
  }

  private static NewEvaluation evaluation(int i) {
    return new NewEvaluation("ev_" + i, Instant.ofEpochMilli(1_700_000_000_000L + i), submission, evaluation, "key_1");
  }

  private static List<StoredEvaluation> addAll(EvaluationStore store, int n) {
    List<CompletableFuture<StoredEvaluation>> fs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fs.add(store.add(evaluation(i)));
    }
    return fs.stream().map(CompletableFuture::join).toList();
  }

  private static int count(EvaluationStore store) {
    return store.read(s -> s.count(new MatchAllDocsQuery()));
  }

  /** A copy of the data directory as a process killed now would leave it on disk. */
  private Path crashCopy(Path data) throws IOException {
    Path copy = dir.resolve("copy-" + System.nanoTime());
    try (Stream<Path> files = Files.walk(data)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(data.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return copy;
  }

  @Test
  void acknowledgedEvaluationIsReadableAtOnce() {
    try (EvaluationStore store = EvaluationStore.open(dir.resolve("data"), 3_600_000)) {
      StoredEvaluation stored = store.add(evaluation(7)).join();
      assertEquals("ev_7", stored.id());
      StoredEvaluation read = store.get("ev_7", new MatchAllDocsQuery()).orElseThrow();
      assertEquals(stored, read);
      assertEquals(submission.answer(), store.answer("ev_7", new MatchAllDocsQuery()).orElseThrow());
    }
  }

  @Test
  void acknowledgedEvaluationsSurviveADeathBeforeTheIndexCommits() throws IOException {
    Path data = dir.resolve("data");
    Path crashed;
    try (EvaluationStore store = EvaluationStore.open(data, 3_600_000)) {
      addAll(store, 25);
      crashed = crashCopy(data);
    }
    try (EvaluationStore reopened = EvaluationStore.open(crashed)) {
      assertEquals(25, count(reopened));
      StoredEvaluation e = reopened.get("ev_3", new MatchAllDocsQuery()).orElseThrow();
      assertEquals(Instant.ofEpochMilli(1_700_000_000_003L), e.createdAt());
      assertEquals("cand", e.candidateId());
      assertEquals("fall-24", e.cohortId());
    }
  }

  @Test
  void aTornLastRecordIsIgnoredAndTheRestKept() throws IOException {
    Path data = dir.resolve("data");
    Path crashed;
    try (EvaluationStore store = EvaluationStore.open(data, 3_600_000)) {
      addAll(store, 5);
      crashed = crashCopy(data);
    }
    List<Long> gens = WriteAheadLog.generations(crashed.resolve("index-log"));
    Path last = crashed.resolve("index-log").resolve(String.format("%020d.log", gens.get(gens.size() - 1)));
    // Half a record: a length and checksum, and fewer bytes than announced.
    Files.write(last, new byte[] {0, 0, 1, 0, 1, 2, 3, 4, 9, 9, 9}, StandardOpenOption.APPEND);
    try (EvaluationStore reopened = EvaluationStore.open(crashed)) {
      assertEquals(5, count(reopened));
      assertTrue(reopened.healthy());
      addAll(reopened, 1);
    }
  }

  @Test
  void replayingTwiceAddsNothingTwice() throws IOException {
    Path data = dir.resolve("data");
    Path crashed;
    try (EvaluationStore store = EvaluationStore.open(data, 3_600_000)) {
      addAll(store, 4);
      crashed = crashCopy(data);
    }
    Path again = crashCopy(crashed);
    try (EvaluationStore reopened = EvaluationStore.open(crashed)) {
      assertEquals(4, count(reopened));
    }
    // The same log replayed over an index that already committed some of it.
    Files.walk(again.resolve("index")).filter(Files::isRegularFile).forEach(p -> p.toFile().delete());
    try (Stream<Path> files = Files.list(crashed.resolve("index"))) {
      for (Path p : files.toList()) {
        Files.copy(p, again.resolve("index").resolve(p.getFileName()));
      }
    }
    try (EvaluationStore reopened = EvaluationStore.open(again)) {
      assertEquals(4, count(reopened));
    }
  }

  @Test
  void aCommitLetsTheLogGoAndACloseLeavesNoLog() throws Exception {
    Path data = dir.resolve("data");
    try (EvaluationStore store = EvaluationStore.open(data, 50)) {
      addAll(store, 3);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (logBytes(data) > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(0, logBytes(data), "the commit covers every logged record");
      addAll(store, 2);
    }
    assertEquals(0, logBytes(data));
    try (EvaluationStore reopened = EvaluationStore.open(data)) {
      assertEquals(5, count(reopened));
      assertFalse(reopened.get("ev_9", new MatchAllDocsQuery()).isPresent());
    }
  }

  @Test
  void aRecordReadsBackAsWritten() throws IOException {
    EvaluationRecord r = EvaluationRecord.of(evaluation(1));
    assertEquals(r, EvaluationRecord.decode(r.encode()));
    EvaluationRecord bare =
        EvaluationRecord.of(new NewEvaluation("ev_x", Instant.EPOCH, new Submission("é ✓ \ud83d\ude00", null, "free text", null, null, null, null, null, List.of()), evaluation, null));
    assertEquals(bare, EvaluationRecord.decode(bare.encode()));
  }

  private static long logBytes(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("index-log"))) {
      long total = 0;
      for (Path p : files.toList()) {
        total += Files.size(p);
      }
      return total;
    }
  }
}
