package dev.assay.api.store;

import java.time.Instant;

/**
 * An evaluation as stored: its id, when and for whom it was made, and the evaluation JSON.
 *
 * @param id the evaluation id ({@code ev_...})
 * @param createdAt when it was graded
 * @param candidateId the candidate, or null
 * @param cohortId the cohort, or null
 * @param externalId the caller's own reference, or null
 * @param evaluationJson the evaluation, compact JSON in the contract's shape
 */
public record StoredEvaluation(String id, Instant createdAt, String candidateId, String cohortId, String externalId, String evaluationJson) {}
