package dev.assay.engine.rules;

import dev.assay.engine.model.Step;

/**
 * A heading with nothing under it, or only a placeholder ("TBD", "ran out of time").
 *
 * @param step the step the heading names
 * @param start first character of the heading
 * @param end just past it
 */
public record EmptySection(Step step, int start, int end) {}
