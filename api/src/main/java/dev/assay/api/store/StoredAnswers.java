package dev.assay.api.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** Reads stored submissions back whole, for re-grading: a cohort's latest evaluation per candidate. */
public final class StoredAnswers {
  private StoredAnswers() {}

  /**
   * The latest evaluation of each candidate of a cohort (and every evaluation with no candidate),
   * ordered by candidate, the same rows the cohort's report and grade book count.
   */
  public static List<StoredAnswer> latestInCohort(EvaluationStore store, String cohortId) {
    List<CohortRow> rows = CohortRows.latestPerCandidate(store, Visibility.cohort(cohortId)).rows();
    return store.read(s -> {
      List<StoredAnswer> out = new ArrayList<>();
      for (CohortRow row : rows) {
        TopDocs td = s.search(new TermQuery(new Term(EvaluationDocument.ID, row.id())), 1);
        if (td.scoreDocs.length == 1) {
          out.add(of(s.storedFields().document(td.scoreDocs[0].doc)));
        }
      }
      return out;
    });
  }

  private static StoredAnswer of(Document d) {
    JsonNode sub;
    try {
      sub = EvaluationJson.mapper().readTree(d.get(EvaluationDocument.SUBMISSION));
    } catch (IOException e) {
      throw new UncheckedIOException("stored submission of " + d.get(EvaluationDocument.ID) + " is not JSON", e);
    }
    List<String> disabled = new ArrayList<>();
    sub.path("disabledRules").forEach(r -> disabled.add(r.asText()));
    Submission s =
        new Submission(
            d.get(EvaluationDocument.ANSWER),
            text(sub, "promptId"),
            text(sub, "promptText"),
            text(sub, "problemType"),
            text(sub, "rubricId"),
            d.get(EvaluationDocument.CANDIDATE),
            d.get(EvaluationDocument.COHORT),
            d.get(EvaluationDocument.EXTERNAL),
            disabled);
    BytesRef json = d.getBinaryValue(EvaluationDocument.EVALUATION);
    return new StoredAnswer(
        d.get(EvaluationDocument.ID),
        Instant.ofEpochMilli(d.getField(EvaluationDocument.CREATED).numericValue().longValue()),
        d.get(EvaluationDocument.KEY),
        s,
        json == null ? null : json.utf8ToString());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
