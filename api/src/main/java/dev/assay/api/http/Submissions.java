package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import dev.assay.api.store.EvaluationStore;
import dev.assay.api.store.NewEvaluation;
import dev.assay.api.store.StoredEvaluation;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.model.Submission;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Grades and stores submissions: checks the request limits on a submission's fields, settles whose
 * it is, grades it on a {@link GradingPool} and stores it, completing only once it is durable.
 */
final class Submissions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ServerConfig config;
  private final EvaluationStore store;

  Submissions(ServerConfig config, EvaluationStore store) {
    this.config = config;
    this.store = store;
  }

  /** A new evaluation id: {@code ev_} and 12 random bytes in hex, so ids cannot be guessed. */
  static String newId(String prefix) {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return prefix + HexFormat.of().formatHex(b);
  }

  /**
   * Checks the limits on a submission's fields and settles whose it is.
   *
   * @throws ProblemException when an id is too long or malformed, the answer too long, or the key
   *     does not cover the candidate or cohort
   */
  Submission admit(Principal p, Submission s) {
    checkId("candidateId", s.candidateId());
    checkId("cohortId", s.cohortId());
    checkId("externalId", s.externalId());
    if (s.answer() != null && s.answer().length() > config.maxAnswerChars()) {
      throw ProblemException.unprocessable(
          "answer", "maxAnswerChars", "answer: " + s.answer().length() + " characters, over the limit of " + config.maxAnswerChars());
    }
    return Access.settle(p, s);
  }

  private void checkId(String field, String v) {
    if (v == null) {
      return;
    }
    if (v.isEmpty() || v.length() > config.maxIdChars()) {
      throw ProblemException.badRequest(field, field + ": must be 1 to " + config.maxIdChars() + " characters");
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        throw ProblemException.badRequest(field, field + ": must not hold control characters");
      }
    }
  }

  /**
   * Grades an admitted submission on the pool and stores it; the future completes once the
   * evaluation is durable, or fails with the grading's or the store's exception.
   */
  CompletableFuture<StoredEvaluation> gradeAndStore(GradingPool pool, Principal p, Submission admitted) {
    return pool.submit(admitted).thenCompose(e -> store.add(new NewEvaluation(newId("ev_"), Instant.now(), admitted, e, p.keyId())));
  }

  /** Grades and stores on the calling thread's behalf, waiting for durability. */
  StoredEvaluation gradeAndStoreNow(GradingPool pool, Principal p, Submission admitted) {
    try {
      return gradeAndStore(pool, p, admitted).get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ProblemException.unavailable(null, 1, "the server is shutting down");
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (c instanceof RuntimeException r) {
      return r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(c);
  }

  /** The problem an item failure maps to, for a batch's report. */
  static Problem problemOf(Throwable t) {
    Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    return ErrorMapping.known(c).map(ProblemException::problem).orElseGet(() -> ErrorMapping.internal(c).problem());
  }
}
