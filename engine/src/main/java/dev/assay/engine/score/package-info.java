/**
 * The rubric as data and the scorer: one status per criterion from the rules' judgements (a violation
 * wins, then the best status), points per step with not-applicable weight spread over the step, the total,
 * the 1-4 grade with its violation caps, and findings worded from the feedback catalogue.
 */
package dev.assay.engine.score;
