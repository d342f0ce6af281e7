package dev.assay.engine.quantity;

public record ScaleConflict(Quantity stated, Quantity derivedFrom, double expected, double ratio, String explanation) {}
