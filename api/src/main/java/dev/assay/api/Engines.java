package dev.assay.api;

import dev.assay.engine.Assay;

/** The one engine a process uses: building it loads the rule base, which is the costly part. */
public final class Engines {
  private static volatile Assay shared;

  private Engines() {}

  /** The process's engine, loaded on first use. */
  public static Assay shared() {
    Assay a = shared;
    if (a == null) {
      synchronized (Engines.class) {
        a = shared;
        if (a == null) {
          a = Assay.load();
          shared = a;
        }
      }
    }
    return a;
  }
}
