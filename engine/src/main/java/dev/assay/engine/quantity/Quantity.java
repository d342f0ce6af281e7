package dev.assay.engine.quantity;

public record Quantity(QuantityKind kind, double value, double low, String per, String measure,
    String percentile, String bound, int start, int end) {}
