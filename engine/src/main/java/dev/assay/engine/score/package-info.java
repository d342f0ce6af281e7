/**
 * The rubric as data and the scorer: one status per criterion from the rules' judgements (a violation
 * wins, then the best status), points per step with not-applicable weight spread over the step, the total,
 * the 1-4 grade with its violation caps, and findings worded from the feedback catalogue.
 *
 * <p>Rubrics from outside (files, HTTP) go through the {@link dev.assay.engine.score.RubricValidator}:
 * the published schema ({@code docs/rubric.schema.json}) checks their structure, then the validator
 * checks what a schema cannot (criterion ids, weights that add up, queries, plugin scorers and their
 * parameters) and reports every problem with its JSON path. {@link dev.assay.engine.score.RubricWriter}
 * writes a rubric back as a file an instructor can edit; {@link dev.assay.engine.score.ScorerRegistry}
 * holds the plugin scorers found on the class path.
 */
package dev.assay.engine.score;
