package dev.assay.api.store;

import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one evaluation's index document holds, as plain values: what {@link
 * EvaluationDocument} turns into Lucene fields, and what the {@link WriteAheadLog} writes to disk
 * before the document is indexed, so that an acknowledged evaluation can be indexed again after a
 * crash exactly as it was.
 *
 * @param id evaluation id
 * @param createdAt epoch milliseconds
 * @param cohortId the cohort, or null
 * @param candidateId the candidate, or null
 * @param externalId the caller's own id, or null
 * @param keyId the key that submitted it, or null
 * @param answer the answer text
 * @param submissionJson the rest of the submission as compact JSON
 * @param evaluationJson the evaluation as compact JSON
 * @param total the total score
 * @param grade the grade
 * @param gradeLabel the grade's label
 * @param steps each step's score and its criteria's statuses
 * @param findings distinct {@code severity:ruleId:criterion} of the findings, in order
 */
record EvaluationRecord(
    String id,
    long createdAt,
    String cohortId,
    String candidateId,
    String externalId,
    String keyId,
    String answer,
    String submissionJson,
    String evaluationJson,
    double total,
    int grade,
    String gradeLabel,
    List<Step> steps,
    List<String> findings) {

  /** Format of {@link #encode()}: bumped if the layout ever changes. */
  private static final int FORMAT = 1;

  /**
   * One step's doc values.
   *
   * @param step the step id
   * @param score its score
   * @param max its most points
   * @param statuses {@code criterion=status}, one per criterion
   */
  record Step(String step, double score, double max, List<String> statuses) {}

  /** The record of a new evaluation: the evaluation serialised once, here. */
  static EvaluationRecord of(NewEvaluation e) {
    Submission s = e.submission();
    Evaluation ev = e.evaluation();
    List<Step> steps = new ArrayList<>(ev.steps().size());
    for (Evaluation.StepResult step : ev.steps()) {
      List<String> statuses = new ArrayList<>(step.criteria().size());
      for (Evaluation.CriterionResult c : step.criteria()) {
        statuses.add(c.id() + "=" + c.status());
      }
      steps.add(new Step(step.step(), step.score(), step.max(), statuses));
    }
    Set<String> findings = new LinkedHashSet<>();
    for (Evaluation.Finding f : ev.findings()) {
      findings.add(f.severity() + ":" + f.ruleId() + ":" + (f.criterion() == null ? "" : f.criterion()));
    }
    return new EvaluationRecord(
        e.id(),
        e.createdAt().toEpochMilli(),
        s.cohortId(),
        s.candidateId(),
        s.externalId(),
        e.keyId(),
        s.answer(),
        EvaluationDocument.submissionJson(s),
        EvaluationJson.compact(ev),
        ev.score().total(),
        ev.score().grade(),
        ev.score().gradeLabel(),
        steps,
        List.copyOf(findings));
  }

  /** The record as bytes, for the log. */
  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 * answer.length() + evaluationJson.length() + 256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      writeString(out, id);
      out.writeLong(createdAt);
      writeString(out, cohortId);
      writeString(out, candidateId);
      writeString(out, externalId);
      writeString(out, keyId);
      writeString(out, answer);
      writeString(out, submissionJson);
      writeString(out, evaluationJson);
      out.writeDouble(total);
      out.writeInt(grade);
      writeString(out, gradeLabel);
      out.writeInt(steps.size());
      for (Step s : steps) {
        writeString(out, s.step());
        out.writeDouble(s.score());
        out.writeDouble(s.max());
        writeStrings(out, s.statuses());
      }
      writeStrings(out, findings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The record these bytes encode.
   *
   * @throws IOException when they are not a record of a known format
   */
  static EvaluationRecord decode(byte[] b) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("unknown evaluation record format " + format);
    }
    String id = readString(in);
    long created = in.readLong();
    String cohort = readString(in);
    String candidate = readString(in);
    String external = readString(in);
    String key = readString(in);
    String answer = readString(in);
    String submission = readString(in);
    String evaluation = readString(in);
    double total = in.readDouble();
    int grade = in.readInt();
    String label = readString(in);
    int n = in.readInt();
    List<Step> steps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      steps.add(new Step(readString(in), in.readDouble(), in.readDouble(), readStrings(in)));
    }
    List<String> findings = readStrings(in);
    return new EvaluationRecord(id, created, cohort, candidate, external, key, answer, submission, evaluation, total, grade, label, steps, findings);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  private static void writeStrings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      writeString(out, s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readString(in));
    }
    return out;
  }
}
