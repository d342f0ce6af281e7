package dev.assay.engine.pack;

/**
 * One reason a rule pack is refused: the file at fault, where in it, and why.
 *
 * @param file the pack's file ({@code pack.json}, {@code privacy.drl}), or null for the pack as a whole
 * @param line the line in that file, 1-based, or 0 when no line applies
 * @param column the column, 1-based, or 0 when unknown
 * @param message what is wrong, for people
 */
public record PackProblem(String file, int line, int column, String message) {

  /** A problem with no line. */
  public static PackProblem of(String file, String message) {
    return new PackProblem(file, 0, 0, message);
  }

  /** {@code file:line:column: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (file != null) {
      b.append(file);
      if (line > 0) {
        b.append(':').append(line);
        if (column > 0) {
          b.append(':').append(column);
        }
      }
      b.append(": ");
    }
    return b.append(message).toString();
  }
}
