package dev.assay.api.store;

import dev.assay.engine.model.Submission;
import java.time.Instant;

/**
 * A stored submission with its evaluation, as a re-grading needs it: the answer and everything it
 * was graded with, and the evaluation it got.
 *
 * @param id the evaluation id
 * @param createdAt when it was graded
 * @param keyId the key that submitted it, or null
 * @param submission the submission as graded (candidate and cohort settled)
 * @param evaluationJson the evaluation it got, compact JSON
 */
public record StoredAnswer(String id, Instant createdAt, String keyId, Submission submission, String evaluationJson) {}
