package dev.assay.api.rubric;

/** A rubric version that cannot be stored: it would change a stored version or go back in versions. */
public final class RubricConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RubricConflictException(String message) {
    super(message);
  }
}
