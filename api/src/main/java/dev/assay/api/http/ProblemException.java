package dev.assay.api.http;

import java.util.List;
import java.util.Map;

/**
 * An answer other than success, thrown anywhere below a handler and written once, as a {@link
 * Problem}, by the error mapping ({@link ErrorMapping}). Carries no stack trace: it is an answer, not
 * a bug.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;
  private final transient Map<String, String> headers;

  ProblemException(Problem problem, Map<String, String> headers) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  /** Extra response headers ({@code Retry-After}, {@code WWW-Authenticate}). */
  public Map<String, String> headers() {
    return headers;
  }

  /** The same problem naming the limit exceeded. */
  ProblemException withLimit(String limit) {
    Problem p = problem;
    return new ProblemException(new Problem(p.type(), p.title(), p.status(), p.detail(), p.field(), limit, p.errors()), headers);
  }

  static ProblemException badRequest(String field, String detail) {
    return new ProblemException(Problem.of(400, "Bad request", detail, field, null), Map.of());
  }

  static ProblemException unauthorized(String detail) {
    return new ProblemException(Problem.of(401, "Unauthorized", detail, null, null), Map.of("WWW-Authenticate", "Bearer realm=\"assay\""));
  }

  static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(403, "Forbidden", detail, null, null), Map.of());
  }

  static ProblemException conflict(String field, String detail) {
    return new ProblemException(Problem.of(409, "Conflict", detail, field, null), Map.of());
  }

  static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "Not found", detail, null, null), Map.of());
  }

  static ProblemException tooLarge(String field, String limit, String detail) {
    return new ProblemException(Problem.of(413, "Payload too large", detail, field, limit), Map.of());
  }

  static ProblemException unprocessable(String field, String limit, String detail) {
    return new ProblemException(Problem.of(422, "Unprocessable submission", detail, field, limit), Map.of());
  }

  static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(409, "Conflict", detail, null, null), Map.of());
  }

  /** A 422 for a document refused with several problems, each listed in {@code errors}. */
  static ProblemException invalidDocument(String title, String detail, List<?> errors) {
    Problem p = Problem.of(422, title, detail, null, null);
    return new ProblemException(new Problem(p.type(), p.title(), p.status(), p.detail(), null, null, List.copyOf(errors)), Map.of());
  }

  static ProblemException tooManyRequests(String limit, long retryAfterSeconds, String detail) {
    return new ProblemException(Problem.of(429, "Too many requests", detail, null, limit), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }

  static ProblemException unavailable(String limit, long retryAfterSeconds, String detail) {
    return new ProblemException(Problem.of(503, "Service unavailable", detail, null, limit), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }
}
