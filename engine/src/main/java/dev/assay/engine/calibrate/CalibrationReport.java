package dev.assay.engine.calibrate;

import java.util.List;
import java.util.Map;

/**
 * How well the engine agrees with expert labels on a calibration set.
 *
 * @param answers how many answers were graded
 * @param statusAgreement share of (answer, criterion) pairs where the statuses are equal
 * @param violatedRecall share of the experts' violations the engine also found
 * @param violatedPrecision share of the engine's violations the experts agree with
 * @param gradeQwk quadratic weighted kappa of the 1-4 grades
 * @param gradeExact share of answers with the same grade
 * @param criteria agreement per criterion, worst first
 * @param confusion counts of (expected status, engine status) pairs
 * @param perAnswer each answer's grades and disagreements
 */
public record CalibrationReport(
    int answers,
    double statusAgreement,
    double violatedRecall,
    double violatedPrecision,
    double gradeQwk,
    double gradeExact,
    List<CriterionAgreement> criteria,
    Map<String, Map<String, Integer>> confusion,
    List<AnswerResult> perAnswer) {

  /** Agreement on one criterion across the set. */
  public record CriterionAgreement(String criterion, double agreement, int agreed, int total) {}

  /** One answer: expected and engine grade, and each criterion where the two disagree. */
  public record AnswerResult(String file, int expectedGrade, int grade, double total, List<Miss> misses) {}

  /** One disagreement, with the experts' evidence next to what the engine matched. */
  public record Miss(String criterion, String expected, String actual, String expectedEvidence, List<String> engineEvidence, List<String> rules) {}
}
