package dev.assay.api.store;

import java.time.Instant;

/** One line of a listing: an evaluation's id, owner and score, without the evaluation itself. */
public record Summary(
    String id, Instant createdAt, String candidateId, String cohortId, String externalId, double total, int grade, String gradeLabel) {}
