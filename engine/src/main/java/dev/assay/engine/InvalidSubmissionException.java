package dev.assay.engine;

/** A submission the engine refuses, naming the field and, where one applies, the limit. */
public final class InvalidSubmissionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String limit;

  public InvalidSubmissionException(String field, String message) {
    this(field, null, message);
  }

  public InvalidSubmissionException(String field, String limit, String message) {
    super(field + ": " + message);
    this.field = field;
    this.limit = limit;
  }

  public String field() {
    return field;
  }

  /** The limit exceeded, if the problem is a limit ("answer.maxChars"), else null. */
  public String limit() {
    return limit;
  }
}
