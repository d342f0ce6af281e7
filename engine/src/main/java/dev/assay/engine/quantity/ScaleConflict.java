package dev.assay.engine.quantity;

/**
 * Back-of-the-envelope arithmetic that does not add up.
 *
 * @param stated the figure the answer states (a throughput)
 * @param derivedFrom the figure the expectation was derived from (a daily volume or user count)
 * @param expected what the stated figure should roughly be, in the stated figure's unit
 * @param ratio {@code stated.value() / expected}
 * @param explanation one sentence that shows the arithmetic
 */
public record ScaleConflict(
    Quantity stated, Quantity derivedFrom, double expected, double ratio, String explanation) {}
