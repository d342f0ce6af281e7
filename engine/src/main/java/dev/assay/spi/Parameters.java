package dev.assay.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scorer's parameters as a rubric gives them, already checked against the scorer's declared
 * {@link Parameter parameters}: a string is a {@link String}, a number a {@link Double}, a boolean
 * a {@link Boolean}, a string list a {@code List<String>}.
 */
public final class Parameters {
  private final Map<String, Object> values;

  public Parameters(Map<String, Object> values) {
    this.values = Map.copyOf(values);
  }

  /** Whether the rubric gave this parameter. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  public Optional<String> string(String name) {
    return Optional.ofNullable((String) values.get(name));
  }

  public double number(String name, double fallback) {
    Object v = values.get(name);
    return v == null ? fallback : (Double) v;
  }

  public boolean flag(String name, boolean fallback) {
    Object v = values.get(name);
    return v == null ? fallback : (Boolean) v;
  }

  @SuppressWarnings("unchecked")
  public List<String> strings(String name) {
    Object v = values.get(name);
    return v == null ? List.of() : List.copyOf((List<String>) v);
  }

  /** Every parameter given, by name. */
  public Map<String, Object> asMap() {
    return values;
  }
}
