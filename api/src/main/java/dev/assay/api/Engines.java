package dev.assay.api;

import dev.assay.engine.Assay;

/** The one engine a process uses: building it loads the rule base, which is the costly part. */
public final class Engines {
  private static volatile Assay shared;

  private Engines() {}

  /**
   * Starts loading the process's engine on a daemon thread, so that it loads while the command
   * line is parsed; {@link #shared()} then waits for it. A failure is left for {@link #shared()}
   * to meet again and report.
   */
  public static void preload() {
    Thread t =
        new Thread(
            () -> {
              try {
                shared();
              } catch (RuntimeException e) {
                // shared() tries again on the caller's thread and reports it there.
              }
            },
            "assay-engine-load");
    t.setDaemon(true);
    t.start();
  }

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
