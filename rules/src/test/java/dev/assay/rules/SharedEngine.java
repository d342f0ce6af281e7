package dev.assay.rules;

import dev.assay.engine.Assay;

/** One engine for all tests of this module: loading the rule base is the costly part. */
final class SharedEngine {
  static final Assay ASSAY = Assay.load();

  private SharedEngine() {}
}
