package dev.assay.engine.concept;

/** A lexicon that cannot be read: names the source and line. */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }

  public LexiconException(String message) {
    super(message);
  }
}
