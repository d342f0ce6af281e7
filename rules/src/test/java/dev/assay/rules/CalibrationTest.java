package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.calibrate.CalibrationReport;
import dev.assay.engine.calibrate.Calibrator;
import dev.assay.engine.calibrate.LabelsReader;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Agreement with expert graders stays above its floors, on the experts' calibration set and on
 * the project's own held-out sets (answers with new prompts, styles and mistakes).
 */
class CalibrationTest {
  /**
   * One labelled set with its floors: status agreement, grade QWK, recall and precision of
   * violations.
   */
  static Stream<Arguments> sets() {
    return Stream.of(
        Arguments.of("/calibration/labels.json", 24, 0.90, 0.90, 0.90, 0.90),
        Arguments.of("/heldout/labels.json", 12, 0.90, 0.95, 0.90, 0.90),
        Arguments.of("/heldout2/labels.json", 10, 0.85, 0.90, 0.80, 0.80),
        Arguments.of("/heldout3/labels.json", 12, 0.82, 0.95, 0.90, 0.90));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void agreementStaysAboveFloors(String labels, int answers, double status, double qwk, double recall, double precision)
      throws Exception {
    Path path = Path.of(CalibrationTest.class.getResource(labels).toURI());
    CalibrationReport r = new Calibrator(SharedEngine.ASSAY).run(LabelsReader.read(path));
    assertEquals(answers, r.answers(), "answers graded");
    String worst = " (worst criteria: " + r.criteria().subList(0, 4) + ")";
    assertTrue(r.statusAgreement() >= status, labels + ": status agreement " + r.statusAgreement() + " below " + status + worst);
    assertTrue(r.gradeQwk() >= qwk, labels + ": grade QWK " + r.gradeQwk() + " below " + qwk);
    assertTrue(r.violatedRecall() >= recall, labels + ": violated recall " + r.violatedRecall() + " below " + recall);
    assertTrue(r.violatedPrecision() >= precision, labels + ": violated precision " + r.violatedPrecision() + " below " + precision);
  }
}
