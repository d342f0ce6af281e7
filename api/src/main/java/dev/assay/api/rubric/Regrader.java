package dev.assay.api.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.store.EvaluationStore;
import dev.assay.api.store.NewEvaluation;
import dev.assay.api.store.StoredAnswer;
import dev.assay.api.store.StoredAnswers;
import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Evaluation.PackRef;
import dev.assay.engine.model.Evaluation.RubricRef;
import dev.assay.engine.model.Submission;
import dev.assay.engine.pack.PackSet;
import dev.assay.engine.score.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Re-grades a cohort's stored answers (each candidate's latest) with a rubric and reports, per
 * candidate, the old and new score and grade and every criterion whose status changed. A dry run
 * stops there; applying stores each new evaluation beside the old one, which is kept, so the
 * cohort's report and grade book then count the new ones.
 */
public final class Regrader {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Regrader() {}

  /** One side of a comparison: the rubric an evaluation was graded with and what it got. */
  public record Side(RubricRef rubric, double total, int grade, String gradeLabel) {}

  /** A criterion whose status changed; null stands for a criterion the rubric does not have. */
  public record Change(String criterion, String before, String after) {}

  /**
   * One candidate's re-grading.
   *
   * @param candidateId the candidate, or null for an evaluation with none
   * @param evaluationId the evaluation re-graded
   * @param before what it got
   * @param after what it gets now, or null when it could not be graded
   * @param changed the criteria whose status changed
   * @param newEvaluationId the stored new evaluation, when applied
   * @param error why it could not be graded, or null
   */
  public record Candidate(
      String candidateId, String evaluationId, Side before, Side after, List<Change> changed, String newEvaluationId, String error) {}

  /** Counts over the cohort. */
  public record Summary(int candidates, int scoreChanged, int gradeChanged, int criteriaChanged, int failed, int stored) {}

  /**
   * The whole report.
   *
   * @param rubric the rubric re-graded with
   * @param cohortId the cohort
   * @param dryRun whether nothing was stored
   * @param rulePacks the rule packs that took part
   * @param summary the counts
   * @param candidates per candidate, ordered by candidate id
   */
  public record Report(RubricRef rubric, String cohortId, boolean dryRun, List<PackRef> rulePacks, Summary summary, List<Candidate> candidates) {}

  /** A cohort with more answers than one re-grading may take. */
  public static final class CohortTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CohortTooLargeException(String cohortId, int answers, int limit) {
      super("cohort '" + cohortId + "' holds " + answers + " candidates' answers, over the limit of " + limit + " per re-grading");
    }
  }

  /**
   * Re-grades a cohort.
   *
   * @param apply whether to store the new evaluations
   * @param keyId the key recorded with stored evaluations, or null
   * @param maxAnswers the most answers one re-grading takes
   * @throws CohortTooLargeException when the cohort holds more
   */
  public static Report run(
      Assay engine, PackSet packs, EvaluationStore store, Rubric rubric, String cohortId, boolean apply, String keyId, int maxAnswers) {
    List<StoredAnswer> answers = StoredAnswers.latestInCohort(store, cohortId);
    if (answers.size() > maxAnswers) {
      throw new CohortTooLargeException(cohortId, answers.size(), maxAnswers);
    }
    RubricRef ref = new RubricRef(rubric.id(), rubric.version());
    List<Candidate> out = new ArrayList<>();
    List<CompletableFuture<?>> writes = new ArrayList<>();
    Map<Integer, String> newIds = new LinkedHashMap<>();
    int scoreChanged = 0;
    int gradeChanged = 0;
    int criteriaChanged = 0;
    int failed = 0;
    for (StoredAnswer a : answers) {
      JsonNode old = tree(a.evaluationJson());
      Side before = side(old);
      Submission s = withRubric(a.submission(), rubric.id());
      Evaluation e;
      try {
        e = engine.grade(s, rubric, packs);
      } catch (InvalidSubmissionException ex) {
        failed++;
        out.add(new Candidate(a.submission().candidateId(), a.id(), before, null, List.of(), null, ex.getMessage()));
        continue;
      }
      Side after = new Side(ref, e.score().total(), e.score().grade(), e.score().gradeLabel());
      List<Change> changed = changes(old, e);
      scoreChanged += before.total() != after.total() ? 1 : 0;
      gradeChanged += before.grade() != after.grade() ? 1 : 0;
      criteriaChanged += changed.isEmpty() ? 0 : 1;
      if (apply) {
        String id = newId();
        newIds.put(out.size(), id);
        writes.add(store.add(new NewEvaluation(id, Instant.now(), s, e, keyId)));
      }
      out.add(new Candidate(a.submission().candidateId(), a.id(), before, after, changed, null, null));
    }
    await(writes);
    for (Map.Entry<Integer, String> n : newIds.entrySet()) {
      Candidate c = out.get(n.getKey());
      out.set(n.getKey(), new Candidate(c.candidateId(), c.evaluationId(), c.before(), c.after(), c.changed(), n.getValue(), null));
    }
    Summary summary = new Summary(out.size(), scoreChanged, gradeChanged, criteriaChanged, failed, newIds.size());
    return new Report(ref, cohortId, !apply, packs.packs().stream().map(p -> new PackRef(p.id(), p.version())).toList(), summary, List.copyOf(out));
  }

  private static Submission withRubric(Submission s, String rubricId) {
    return new Submission(s.answer(), s.promptId(), s.promptText(), s.problemType(), rubricId, s.candidateId(), s.cohortId(), s.externalId(), s.disabledRules());
  }

  private static JsonNode tree(String json) {
    try {
      return EvaluationJson.mapper().readTree(json == null ? "{}" : json);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored evaluation is not JSON", e);
    }
  }

  private static Side side(JsonNode e) {
    JsonNode r = e.path("rubric");
    JsonNode s = e.path("score");
    return new Side(new RubricRef(r.path("id").asText(null), r.path("version").asText(null)), s.path("total").asDouble(), s.path("grade").asInt(),
        s.path("gradeLabel").asText(null));
  }

  /** Criteria whose status differs, in the new evaluation's order, then those only the old one had. */
  static List<Change> changes(JsonNode old, Evaluation now) {
    Map<String, String> before = new LinkedHashMap<>();
    for (JsonNode step : old.path("steps")) {
      for (JsonNode c : step.path("criteria")) {
        before.put(c.path("id").asText(), c.path("status").asText());
      }
    }
    List<Change> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Evaluation.StepResult step : now.steps()) {
      for (Evaluation.CriterionResult c : step.criteria()) {
        seen.add(c.id());
        String was = before.get(c.id());
        if (!Objects.equals(was, c.status())) {
          out.add(new Change(c.id(), was, c.status()));
        }
      }
    }
    for (Map.Entry<String, String> b : before.entrySet()) {
      if (!seen.contains(b.getKey())) {
        out.add(new Change(b.getKey(), b.getValue(), null));
      }
    }
    return out;
  }

  private static void await(List<CompletableFuture<?>> writes) {
    try {
      CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing the new evaluations", e);
    }
  }

  private static String newId() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return "ev_" + HexFormat.of().formatHex(b);
  }
}
