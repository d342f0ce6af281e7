package dev.assay.engine.text;

/** The kinds of markdown block the text model distinguishes. */
public enum BlockKind {
  /** An ATX heading ({@code ## Data}), a setext heading, or a line that is only bold or ends in a colon. */
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  TABLE_ROW,
  CODE
}
