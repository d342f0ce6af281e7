/**
 * Which framework step each sentence belongs to: by the heading above it when the heading names a step
 * in any wording ("How we'll know it works" is evaluation), by the concepts it mentions otherwise, and
 * by continuity with the sentence before when neither says.
 */
package dev.assay.engine.segment;
