/**
 * The exemplar-similarity scorer, a plugin that uses nothing of Assay but the SPI ({@link
 * dev.assay.spi}): it splits instructors' model answers into their points (sentences or
 * paragraphs), finds for each point the sentence of the candidate's answer (or two neighbouring
 * ones) that covers most of its terms, weighted by how rare each term is in the answer, and turns
 * the share of points covered into a judgement of its criterion and a finding that quotes the points
 * missed.
 */
package dev.assay.plugin.exemplar;
