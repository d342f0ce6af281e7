package dev.assay.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The columns of one evaluation that reports and grade books read, taken from doc values.
 *
 * @param id evaluation id
 * @param candidateId candidate, or null
 * @param createdAt when it was graded
 * @param total total score
 * @param grade 1-4 grade
 * @param gradeLabel the grade's label
 * @param steps score per step id, in step order
 * @param stepMax maximum per step id
 * @param statuses status per criterion id
 * @param findings distinct findings as {@code severity:ruleId:criterion}
 */
public record CohortRow(
    String id,
    String candidateId,
    Instant createdAt,
    double total,
    int grade,
    String gradeLabel,
    Map<String, Double> steps,
    Map<String, Double> stepMax,
    Map<String, String> statuses,
    List<String> findings) {}
