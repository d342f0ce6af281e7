package dev.assay.engine.quantity;

import java.util.Arrays;
import java.util.Set;

/** The factory of the immutable word sets the lexicons use, tolerating repeated entries. */
final class Words {
  private Words() {}

  static Set<String> of(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }
}
