package dev.assay.api.http;

/** No room to wait for a grading thread; {@link #retryAfterSeconds()} estimates when there will be. */
final class QueueFullException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final long retryAfterSeconds;

  QueueFullException(String message, long retryAfterSeconds) {
    super(message, null, false, false);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
