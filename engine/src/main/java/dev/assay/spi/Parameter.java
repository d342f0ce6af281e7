package dev.assay.spi;

/**
 * One parameter a scorer takes.
 *
 * @param name its name in the rubric's {@code params}
 * @param type the JSON type it must have
 * @param required whether a rubric must give it
 * @param description one line for people
 */
public record Parameter(String name, Type type, boolean required, String description) {
  /** The JSON types a parameter may have. */
  public enum Type {
    STRING,
    NUMBER,
    BOOLEAN,
    STRING_LIST
  }

  public static Parameter required(String name, Type type, String description) {
    return new Parameter(name, type, true, description);
  }

  public static Parameter optional(String name, Type type, String description) {
    return new Parameter(name, type, false, description);
  }
}
