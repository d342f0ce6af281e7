package dev.assay.api.auth;

import java.util.List;

/**
 * One stored key: never the secret itself, only its SHA-256 hash, with its role and scope.
 *
 * @param id public id, used to revoke it and shown in listings
 * @param hash lower-case hex SHA-256 of the secret
 * @param role what it may do
 * @param cohorts the cohorts it covers (instructors: at least one; students: zero or more)
 * @param candidateId the candidate a student key acts as; null for other roles
 * @param createdAt ISO-8601 instant
 * @param revokedAt ISO-8601 instant, or null while the key is valid
 */
public record ApiKey(String id, String hash, Role role, List<String> cohorts, String candidateId, String createdAt, String revokedAt) {
  public ApiKey {
    cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
  }

  /** Whether the key still opens the door. */
  public boolean active() {
    return revokedAt == null;
  }

  /** The same key, revoked at the given instant. */
  ApiKey revoked(String at) {
    return new ApiKey(id, hash, role, cohorts, candidateId, createdAt, at);
  }
}
