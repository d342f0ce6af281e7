package dev.assay.spi;

/** A range {@code [start, end)} of UTF-16 indexes into the answer, as evidence. */
public record TextRange(int start, int end) {}
