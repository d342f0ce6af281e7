/**
 * The answer as a text model: markdown blocks (headings, paragraphs, list items, table rows, code)
 * and their sentences, each a range into the original string, so that every later finding can point at
 * exact offsets. Transcripts are recognised by their speaker labels; only the candidate's words earn
 * credit.
 */
package dev.assay.engine.text;
