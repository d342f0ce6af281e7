package dev.assay.api.http;

/** A grading that ran past {@link ServerConfig#gradeTimeoutMs()} and was abandoned. */
final class GradeTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GradeTimeoutException(long ms) {
    super("grading took longer than " + ms + " ms and was stopped", null, false, false);
  }
}
