package dev.assay.engine.segment;

import dev.assay.engine.model.Step;

/**
 * A run of consecutive blocks assigned to one framework step.
 *
 * @param step the step
 * @param start first character of the run's first block
 * @param end just past the run's last block
 * @param confidence how sure the assignment is, 0 to 1
 * @param byHeading whether a heading decided it (rather than the content)
 */
public record Segment(Step step, int start, int end, double confidence, boolean byHeading) {}
