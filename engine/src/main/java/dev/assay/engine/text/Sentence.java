package dev.assay.engine.text;

/**
 * One sentence (or list item, table row, heading) of the answer, by offsets into the original text.
 *
 * @param index position among all sentences of the answer
 * @param start first character
 * @param end just past the last non-blank character
 * @param block index of the block the sentence belongs to
 */
public record Sentence(int index, int start, int end, int block) {}
