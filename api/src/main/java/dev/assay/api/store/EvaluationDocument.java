package dev.assay.api.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The shape of one evaluation in the index: field names, how each is indexed, and the mapping
 * between a {@link NewEvaluation} and a Lucene {@link Document}.
 */
public final class EvaluationDocument {
  /** Evaluation id: a term, a stored value and a sorted doc value (the listing's tie-breaker). */
  public static final String ID = "id";
  /** Epoch milliseconds: a point, a stored value and a numeric doc value (listing order, latest). */
  public static final String CREATED = "createdAt";
  /** Cohort id as a term and a sorted doc value ({@link #NONE} when there is none), and a stored value. */
  public static final String COHORT = "cohortId";
  /** Candidate id as a term ({@link #NONE} when there is none), a stored value and a sorted doc value. */
  public static final String CANDIDATE = "candidateId";
  /** The caller's own id: a sorted doc value ({@link #NONE} when there is none) and a stored value. */
  public static final String EXTERNAL = "externalId";
  public static final String KEY = "keyId";
  /** The answer: analysed with offsets and term vectors, and stored. */
  public static final String ANSWER = "answer";
  /** The rest of the submission (prompt, rubric, disabled rules) as stored JSON. */
  public static final String SUBMISSION = "submission";
  /** The evaluation as stored compact JSON. */
  public static final String EVALUATION = "evaluation";
  public static final String TOTAL = "total";
  public static final String GRADE = "grade";
  public static final String GRADE_LABEL = "gradeLabel";
  /** Doc values {@code step.<id>} and {@code stepMax.<id>} per step. */
  public static final String STEP = "step.";
  public static final String STEP_MAX = "stepMax.";
  /** Sorted-set doc values {@code criterion=status}, one per criterion. */
  public static final String STATUS = "status";
  /** Sorted-set doc values {@code severity:ruleId:criterion}, one per distinct finding. */
  public static final String FINDING = "finding";
  /** The term standing for "no candidate" or "no cohort". */
  public static final String NONE = "";

  private static final FieldType ANSWER_TYPE = answerType();

  private EvaluationDocument() {}

  /** The analyser of answers and of search queries over them: English, stemmed, stop words dropped. */
  public static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  private static FieldType answerType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.setStoreTermVectors(true);
    t.freeze();
    return t;
  }

  /** The document for a new evaluation. */
  static Document toDocument(NewEvaluation e) {
    return toDocument(EvaluationRecord.of(e));
  }

  /** The document holding a record. */
  static Document toDocument(EvaluationRecord r) {
    Document d = new Document();
    d.add(new StringField(ID, r.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(r.id())));
    long created = r.createdAt();
    d.add(new LongPoint(CREATED, created));
    d.add(new NumericDocValuesField(CREATED, created));
    d.add(new StoredField(CREATED, created));
    d.add(new StringField(COHORT, orNone(r.cohortId()), Field.Store.NO));
    d.add(new StringField(CANDIDATE, orNone(r.candidateId()), Field.Store.NO));
    d.add(new SortedDocValuesField(CANDIDATE, new BytesRef(orNone(r.candidateId()))));
    d.add(new SortedDocValuesField(COHORT, new BytesRef(orNone(r.cohortId()))));
    d.add(new SortedDocValuesField(EXTERNAL, new BytesRef(orNone(r.externalId()))));
    storeIfPresent(d, COHORT, r.cohortId());
    storeIfPresent(d, CANDIDATE, r.candidateId());
    storeIfPresent(d, EXTERNAL, r.externalId());
    storeIfPresent(d, KEY, r.keyId());
    d.add(new Field(ANSWER, r.answer(), ANSWER_TYPE));
    d.add(new StoredField(SUBMISSION, r.submissionJson()));
    d.add(new StoredField(EVALUATION, new BytesRef(r.evaluationJson().getBytes(StandardCharsets.UTF_8))));
    d.add(new DoubleDocValuesField(TOTAL, r.total()));
    d.add(new StoredField(TOTAL, r.total()));
    d.add(new NumericDocValuesField(GRADE, r.grade()));
    d.add(new StoredField(GRADE, r.grade()));
    d.add(new StoredField(GRADE_LABEL, r.gradeLabel()));
    d.add(new SortedDocValuesField(GRADE_LABEL, new BytesRef(r.gradeLabel())));
    for (EvaluationRecord.Step step : r.steps()) {
      d.add(new DoubleDocValuesField(STEP + step.step(), step.score()));
      d.add(new DoubleDocValuesField(STEP_MAX + step.step(), step.max()));
      for (String status : step.statuses()) {
        d.add(new SortedSetDocValuesField(STATUS, new BytesRef(status)));
      }
    }
    r.findings().forEach(f -> d.add(new SortedSetDocValuesField(FINDING, new BytesRef(f))));
    return d;
  }

  /** The stored evaluation a record becomes once indexed, without reading it back. */
  static StoredEvaluation stored(EvaluationRecord r) {
    return new StoredEvaluation(r.id(), Instant.ofEpochMilli(r.createdAt()), r.candidateId(), r.cohortId(), r.externalId(), r.evaluationJson());
  }

  /** The stored evaluation held by a document's stored fields. */
  static StoredEvaluation fromDocument(Document d) {
    BytesRef json = d.getBinaryValue(EVALUATION);
    return new StoredEvaluation(
        d.get(ID),
        Instant.ofEpochMilli(d.getField(CREATED).numericValue().longValue()),
        d.get(CANDIDATE),
        d.get(COHORT),
        d.get(EXTERNAL),
        json == null ? null : json.utf8ToString());
  }

  private static String orNone(String v) {
    return v == null ? NONE : v;
  }

  private static void storeIfPresent(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  static String submissionJson(Submission s) {
    ObjectNode n = EvaluationJson.mapper().createObjectNode();
    n.put("promptId", s.promptId());
    n.put("promptText", s.promptText());
    n.put("problemType", s.problemType());
    n.put("rubricId", s.rubricId());
    s.disabledRules().forEach(n.putArray("disabledRules")::add);
    if (!s.enabledOnly().isEmpty()) {
      s.enabledOnly().forEach(n.putArray("enabledOnly")::add);
    }
    return EvaluationJson.compact(n);
  }
}
