package dev.assay.spi;

/** A scorer parameter a rubric gives that the scorer cannot use, with the reason. */
public final class InvalidParameterException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String parameter;
  private final int index;

  /** A problem with a parameter as a whole. */
  public InvalidParameterException(String parameter, String reason) {
    this(parameter, -1, reason);
  }

  /** A problem with one item of a list parameter, by its zero-based index. */
  public InvalidParameterException(String parameter, int index, String reason) {
    super(reason);
    this.parameter = parameter;
    this.index = index;
  }

  public String parameter() {
    return parameter;
  }

  /** The list item at fault, or -1 for the parameter as a whole. */
  public int index() {
    return index;
  }
}
