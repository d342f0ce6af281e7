package dev.assay.api;

/** Bad usage or bad input: reported as one line on stderr with exit status 2. */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
