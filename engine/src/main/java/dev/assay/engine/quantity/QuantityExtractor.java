package dev.assay.engine.quantity;

import java.util.List;

public final class QuantityExtractor {
  public List<Quantity> extract(String text) {
    return List.of();
  }
}
