package dev.assay.engine.quantity;

import java.util.List;

public final class ScaleCheck {
  private ScaleCheck() {}

  public static List<ScaleConflict> conflicts(List<Quantity> quantities) {
    return List.of();
  }
}
