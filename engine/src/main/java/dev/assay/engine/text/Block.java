package dev.assay.engine.text;

/**
 * One markdown block of the answer.
 *
 * @param index position among the answer's blocks
 * @param kind what sort of block it is
 * @param start offset of the block's first character in the original answer
 * @param end offset just past its last non-blank character
 * @param contentStart where the block's text starts once its marker ({@code ##}, {@code -}, {@code 1.}) is skipped
 * @param level heading level (1-6; 7 for a bold or colon pseudo-heading), list indent, or 0
 * @param speaker who speaks in this block of a transcript
 */
public record Block(
    int index, BlockKind kind, int start, int end, int contentStart, int level, Speaker speaker) {

  public boolean isHeading() {
    return kind == BlockKind.HEADING;
  }
}
