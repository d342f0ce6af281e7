package dev.assay.api.auth;

import java.util.Set;

/**
 * The authenticated caller of one request, and the single place that decides which evaluations it
 * may write and read.
 *
 * @param keyId the id of the key presented
 * @param role its role
 * @param cohorts the cohorts on the key
 * @param candidateId the candidate a student key acts as, else null
 */
public record Principal(String keyId, Role role, Set<String> cohorts, String candidateId) {
  public Principal {
    cohorts = Set.copyOf(cohorts);
  }

  public boolean admin() {
    return role == Role.ADMIN;
  }

  /**
   * Whether the caller may see the evaluation of this candidate in this cohort (either may be null)
   * or, which is the same question, submit one.
   */
  public boolean mayAccess(String cohortId, String candidate) {
    return switch (role) {
      case ADMIN -> true;
      case INSTRUCTOR -> cohortId != null && cohorts.contains(cohortId);
      case STUDENT ->
          candidateId.equals(candidate) && (cohorts.isEmpty() ? cohortId == null : cohortId != null && cohorts.contains(cohortId));
    };
  }

  /** Whether the caller may read a cohort as a whole (reports, grade books, search, similarity). */
  public boolean mayReadCohort(String cohortId) {
    return switch (role) {
      case ADMIN -> true;
      case INSTRUCTOR -> cohorts.contains(cohortId);
      case STUDENT -> false;
    };
  }
}
