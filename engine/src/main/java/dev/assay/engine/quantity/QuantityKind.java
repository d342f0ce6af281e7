package dev.assay.engine.quantity;

public enum QuantityKind { LATENCY, THROUGHPUT, VOLUME, RATE, DURATION }
