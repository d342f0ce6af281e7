package dev.assay.api.store;

/** A read the store refuses: a bad cursor, a query it cannot parse, or one over a limit. */
public final class InvalidQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String limit;

  public InvalidQueryException(String field, String limit, String message) {
    super(message);
    this.field = field;
    this.limit = limit;
  }

  /** The request parameter at fault. */
  public String field() {
    return field;
  }

  /** The limit exceeded, or null when the parameter is simply malformed. */
  public String limit() {
    return limit;
  }
}
