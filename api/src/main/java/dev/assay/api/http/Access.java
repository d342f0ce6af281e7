package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import dev.assay.api.auth.Role;
import dev.assay.engine.model.Submission;
import java.util.Set;

/**
 * The role rules of the API in one place: whose name a submission goes under, and which cohort and
 * candidate parameters a caller may use. Reads are filtered by {@link
 * dev.assay.api.store.Visibility}, which asks the same {@link Principal}.
 */
final class Access {
  private Access() {}

  /**
   * The submission as it will be graded and stored: candidate and cohort settled from the key.
   * Students submit as the key's candidate; instructors name a candidate of one of their cohorts;
   * admins submit for anyone.
   *
   * @throws ProblemException 400 when a needed id is missing, 403 when the key does not cover it
   */
  static Submission settle(Principal p, Submission s) {
    String candidate = s.candidateId();
    String cohort = s.cohortId();
    switch (p.role()) {
      case STUDENT -> {
        if (candidate != null && !candidate.equals(p.candidateId())) {
          throw ProblemException.forbidden("a student key submits only as its own candidate; leave candidateId out");
        }
        candidate = p.candidateId();
        cohort = defaultCohort(p, cohort);
      }
      case INSTRUCTOR -> {
        if (candidate == null) {
          throw ProblemException.badRequest("candidateId", "candidateId: missing: an instructor submits for a candidate of one of their cohorts");
        }
        cohort = defaultCohort(p, cohort);
      }
      case ADMIN -> {
        // An admin's submission goes where it says.
      }
    }
    if (!p.mayAccess(cohort, candidate)) {
      throw ProblemException.forbidden("this key does not cover cohort '" + cohort + "'");
    }
    return new Submission(
        s.answer(), s.promptId(), s.promptText(), s.problemType(), s.rubricId(), candidate, cohort, s.externalId(), s.disabledRules(),
        s.enabledOnly());
  }

  private static String defaultCohort(Principal p, String cohort) {
    if (cohort != null) {
      return cohort;
    }
    Set<String> cohorts = p.cohorts();
    if (cohorts.size() == 1) {
      return cohorts.iterator().next();
    }
    if (cohorts.isEmpty()) {
      return null;
    }
    throw ProblemException.badRequest("cohortId", "cohortId: missing: this key covers several cohorts, name one");
  }

  /**
   * Checks a listing's {@code cohortId} and {@code candidateId} parameters: an instructor may name
   * only their cohorts, a student only themselves.
   */
  static void checkListing(Principal p, String cohortId, String candidateId) {
    if (p.role() == Role.INSTRUCTOR && cohortId != null && !p.mayReadCohort(cohortId)) {
      throw ProblemException.forbidden("this key does not cover cohort '" + cohortId + "'");
    }
    if (p.role() == Role.STUDENT && candidateId != null && !candidateId.equals(p.candidateId())) {
      throw ProblemException.forbidden("a student key reads only its own candidate's evaluations");
    }
  }

  /** Checks that the caller may read a whole cohort (report, grade book). */
  static void checkCohort(Principal p, String cohortId) {
    if (!p.mayReadCohort(cohortId)) {
      throw ProblemException.forbidden("this key does not cover cohort '" + cohortId + "'");
    }
  }
}
