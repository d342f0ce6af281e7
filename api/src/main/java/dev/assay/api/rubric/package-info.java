/**
 * Rubric changes that move no grade silently: every version of a rubric is stored and kept ({@link
 * dev.assay.api.rubric.RubricVersions}), a rubric from outside is read and checked in one place
 * ({@link dev.assay.api.rubric.RubricIntake}), and a cohort is re-graded with a proposed rubric
 * first as a dry run that reports, candidate by candidate, the old and new score and grade and the
 * criteria whose status changed, then for real ({@link dev.assay.api.rubric.Regrader}).
 */
package dev.assay.api.rubric;
