/**
 * Agreement with expert graders: labelled sets read from the contract's labels format, graded, and
 * compared criterion by criterion (status agreement, a confusion table, recall and precision of
 * violations) and grade by grade (quadratic weighted kappa), with every disagreement kept for error
 * analysis.
 */
package dev.assay.engine.calibrate;
