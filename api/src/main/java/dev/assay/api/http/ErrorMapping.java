package dev.assay.api.http;

import dev.assay.api.SubmissionParser;
import dev.assay.api.rubric.Regrader;
import dev.assay.api.rubric.RubricConflictException;
import dev.assay.api.store.InvalidQueryException;
import dev.assay.engine.pack.RulePackException;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.score.InvalidRubricException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Maps every exception to one problem answer, in one place: known failures to their 4xx or 503
 * problem, anything else to a bare 500 carrying an incident id (the exception itself goes to the
 * server's standard error, never to the client).
 */
final class ErrorMapping {
  private ErrorMapping() {}

  static void install(JavalinConfig config) {
    config.routes.exception(Exception.class, (e, ctx) -> {
      ProblemException p = known(e).orElseGet(() -> internal(e));
      write(ctx, p);
    });
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      String allow = e.getDetails().get("availableMethods");
      if (e.getStatus() == 405 && allow != null) {
        ctx.header("Allow", allow.replaceAll("[\\[\\]\\s]", "").replace(",", ", "));
      }
      write(ctx, known(e).orElseThrow());
    });
    config.router.javaLangErrorHandler((res, err) -> writeRaw(res, internal(err)));
  }

  /** The problem for a failure the API expects, if this is one. */
  static Optional<ProblemException> known(Throwable t) {
    if (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof ProblemException p) {
      return Optional.of(p);
    }
    if (t instanceof SubmissionParser.InvalidJsonException e) {
      return Optional.of(ProblemException.badRequest(e.field(), e.getMessage()));
    }
    if (t instanceof InvalidSubmissionException e) {
      return Optional.of(
          "answer.maxChars".equals(e.limit())
              ? ProblemException.unprocessable(e.field(), "maxAnswerChars", e.getMessage())
              : ProblemException.unprocessable(e.field(), null, e.getMessage()));
    }
    if (t instanceof InvalidQueryException e) {
      return Optional.of(ProblemException.badRequest(e.field(), e.getMessage()).withLimit(e.limit()));
    }
    if (t instanceof InvalidRubricException e) {
      String detail = e.problems().size() == 1
          ? "the rubric has a problem: " + e.problems().get(0)
          : "the rubric has " + e.problems().size() + " problems, listed under 'errors'";
      return Optional.of(ProblemException.invalidDocument("Invalid rubric", detail, e.problems()));
    }
    if (t instanceof RubricConflictException e) {
      return Optional.of(ProblemException.conflict(e.getMessage()));
    }
    if (t instanceof RulePackException e) {
      return Optional.of(ProblemException.invalidDocument("Rule pack refused", e.getMessage(), e.problems()));
    }
    if (t instanceof Regrader.CohortTooLargeException e) {
      return Optional.of(ProblemException.tooLarge(null, "maxBatchItems", e.getMessage()));
    }
    if (t instanceof GradeTimeoutException e) {
      return Optional.of(new ProblemException(Problem.of(422, "Grading timed out", e.getMessage(), "answer", "gradeTimeoutMs"), Map.of()));
    }
    if (t instanceof QueueFullException e) {
      return Optional.of(ProblemException.unavailable("gradeQueue", e.retryAfterSeconds(), e.getMessage()));
    }
    if (t instanceof HttpResponseException e) {
      return Optional.of(fromStatus(e.getStatus(), e.getMessage()));
    }
    return Optional.empty();
  }

  private static ProblemException fromStatus(int status, String message) {
    HttpStatus s = HttpStatus.forStatus(status);
    String title = Problem.title(s == HttpStatus.UNKNOWN ? null : s.getMessage());
    String detail = switch (status) {
      case 404 -> "no such resource";
      case 405 -> "this resource does not accept that method";
      case 413 -> "the request body is too large";
      default -> message == null || message.isBlank() ? title : message;
    };
    String limit = status == 413 ? "maxBodyBytes" : null;
    return new ProblemException(Problem.of(status, title, detail, null, limit), Map.of());
  }

  /** A 500 with an incident id; the throwable is reported on standard error under that id. */
  static ProblemException internal(Throwable t) {
    String incident = Submissions.newId("inc_");
    System.err.println("assay: internal error " + incident + ": " + t);
    return new ProblemException(
        Problem.of(500, "Internal error", "the server failed to answer; report incident " + incident, null, null), Map.of());
  }

  static void write(Context ctx, ProblemException p) {
    p.headers().forEach(ctx::header);
    ctx.status(p.problem().status()).contentType(Problem.MEDIA_TYPE).result(Json.bytes(p.problem()));
  }

  private static void writeRaw(HttpServletResponse res, ProblemException p) {
    try {
      res.setStatus(p.problem().status());
      res.setContentType(Problem.MEDIA_TYPE);
      res.getOutputStream().write(Json.bytes(p.problem()));
    } catch (IOException | IllegalStateException e) {
      // The client has gone or the response was already committed: nothing more to say.
    }
  }
}
