package dev.assay.api.store;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.time.Instant;

/**
 * What the store is asked to keep: the submission as received, its evaluation, and who sent it.
 *
 * @param id the evaluation id
 * @param createdAt when it was graded
 * @param submission the submission, with candidate and cohort already settled by the caller's role
 * @param evaluation the engine's evaluation
 * @param keyId the key that submitted it
 */
public record NewEvaluation(String id, Instant createdAt, Submission submission, Evaluation evaluation, String keyId) {}
