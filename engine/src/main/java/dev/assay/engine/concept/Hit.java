package dev.assay.engine.concept;

/**
 * A raw match of one concept's query: where it stands, before polarity and step are known.
 *
 * @param concept the concept matched
 * @param start first character in the original answer
 * @param end just past the match
 * @param sentence index of the sentence holding the match
 */
public record Hit(Concept concept, int start, int end, int sentence) {}
