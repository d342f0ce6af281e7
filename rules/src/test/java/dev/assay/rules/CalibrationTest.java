package dev.assay.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.engine.calibrate.CalibrationReport;
import dev.assay.engine.calibrate.Calibrator;
import dev.assay.engine.calibrate.LabelsReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Agreement with the expert graders on the calibration set stays above its floors. */
class CalibrationTest {
  static final double STATUS_AGREEMENT_FLOOR = 0.80;
  static final double GRADE_QWK_FLOOR = 0.75;

  private static CalibrationReport report;

  @BeforeAll
  static void grade() throws Exception {
    report = new Calibrator(SharedEngine.ASSAY).run(LabelsReader.read(labels()));
  }

  static Path labels() throws URISyntaxException {
    return Path.of(CalibrationTest.class.getResource("/calibration/labels.json").toURI());
  }

  @Test
  void gradesEveryLabelledAnswer() {
    assertTrue(report.answers() == 24, "answers graded: " + report.answers());
  }

  @Test
  void statusAgreementStaysAboveFloor() {
    assertTrue(report.statusAgreement() >= STATUS_AGREEMENT_FLOOR,
        "status agreement " + report.statusAgreement() + " below " + STATUS_AGREEMENT_FLOOR + "; worst: " + report.criteria().subList(0, 5));
  }

  @Test
  void gradeKappaStaysAboveFloor() {
    assertTrue(report.gradeQwk() >= GRADE_QWK_FLOOR, "grade QWK " + report.gradeQwk() + " below " + GRADE_QWK_FLOOR);
  }
}
