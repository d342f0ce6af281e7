package dev.assay.api.store;

import dev.assay.engine.model.Step;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Reads a cohort as rows: the latest evaluation of each candidate (and every evaluation that has no
 * candidate), with the columns reports and grade books need, from doc values.
 */
public final class CohortRows {
  /** The rows and how many evaluations the cohort holds in all (resubmissions included). */
  public record Result(List<CohortRow> rows, int evaluations) {}

  private record Pick(LeafReaderContext leaf, int doc, String candidate, long createdAt, String id) {}

  private CohortRows() {}

  /** Reads the latest evaluation per candidate among the documents matching the query. */
  public static Result latestPerCandidate(EvaluationStore store, Query query) {
    return store.read(s -> read(s, query));
  }

  private static Result read(IndexSearcher s, Query query) throws IOException {
    Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Map<String, Pick> latest = new HashMap<>();
    List<Pick> anonymous = new ArrayList<>();
    int count = 0;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Scorer scorer = w.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      SortedDocValues candidates = DocValues.getSorted(r, EvaluationDocument.CANDIDATE);
      SortedDocValues ids = DocValues.getSorted(r, EvaluationDocument.ID);
      NumericDocValues created = DocValues.getNumeric(r, EvaluationDocument.CREATED);
      DocIdSetIterator it = scorer.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        count++;
        String candidate = candidates.advanceExact(d) ? candidates.lookupOrd(candidates.ordValue()).utf8ToString() : EvaluationDocument.NONE;
        String id = ids.advanceExact(d) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
        long at = created.advanceExact(d) ? created.longValue() : 0;
        Pick p = new Pick(leaf, d, candidate, at, id);
        if (candidate.equals(EvaluationDocument.NONE)) {
          anonymous.add(p);
        } else {
          latest.merge(candidate, p, (a, b) -> newer(a, b) ? a : b);
        }
      }
    }
    List<Pick> picks = new ArrayList<>(latest.values());
    picks.addAll(anonymous);
    picks.sort(Comparator.comparingInt((Pick p) -> p.leaf().ord).thenComparingInt(Pick::doc));
    List<CohortRow> rows = new ArrayList<>();
    LeafReaderContext current = null;
    Columns cols = null;
    for (Pick p : picks) {
      if (p.leaf() != current) {
        current = p.leaf();
        cols = new Columns(current.reader());
      }
      rows.add(cols.row(p));
    }
    rows.sort(Comparator.comparing((CohortRow r) -> r.candidateId() == null ? "\uffff" : r.candidateId()).thenComparing(CohortRow::id));
    return new Result(rows, count);
  }

  private static boolean newer(Pick a, Pick b) {
    return a.createdAt() != b.createdAt() ? a.createdAt() > b.createdAt() : a.id().compareTo(b.id()) > 0;
  }

  /** The doc-value iterators of one segment, advanced in increasing doc order. */
  private static final class Columns {
    private final NumericDocValues total;
    private final NumericDocValues grade;
    private final SortedDocValues label;
    private final Map<String, NumericDocValues> steps = new LinkedHashMap<>();
    private final Map<String, NumericDocValues> max = new LinkedHashMap<>();
    private final SortedSetDocValues statuses;
    private final SortedSetDocValues findings;

    Columns(LeafReader r) throws IOException {
      total = DocValues.getNumeric(r, EvaluationDocument.TOTAL);
      grade = DocValues.getNumeric(r, EvaluationDocument.GRADE);
      label = DocValues.getSorted(r, EvaluationDocument.GRADE_LABEL);
      for (Step step : Step.values()) {
        steps.put(step.id(), DocValues.getNumeric(r, EvaluationDocument.STEP + step.id()));
        max.put(step.id(), DocValues.getNumeric(r, EvaluationDocument.STEP_MAX + step.id()));
      }
      statuses = DocValues.getSortedSet(r, EvaluationDocument.STATUS);
      findings = DocValues.getSortedSet(r, EvaluationDocument.FINDING);
    }

    CohortRow row(Pick p) throws IOException {
      int d = p.doc();
      String gradeLabel = label.advanceExact(d) ? label.lookupOrd(label.ordValue()).utf8ToString() : null;
      Map<String, Double> stepScores = new LinkedHashMap<>();
      Map<String, Double> stepMax = new LinkedHashMap<>();
      for (Map.Entry<String, NumericDocValues> e : steps.entrySet()) {
        if (e.getValue().advanceExact(d)) {
          stepScores.put(e.getKey(), Double.longBitsToDouble(e.getValue().longValue()));
        }
        NumericDocValues m = max.get(e.getKey());
        if (m.advanceExact(d)) {
          stepMax.put(e.getKey(), Double.longBitsToDouble(m.longValue()));
        }
      }
      Map<String, String> status = new LinkedHashMap<>();
      for (String v : values(statuses, d)) {
        int eq = v.lastIndexOf('=');
        status.put(v.substring(0, eq), v.substring(eq + 1));
      }
      return new CohortRow(
          p.id(),
          p.candidate().equals(EvaluationDocument.NONE) ? null : p.candidate(),
          Instant.ofEpochMilli(p.createdAt()),
          total.advanceExact(d) ? Double.longBitsToDouble(total.longValue()) : 0,
          grade.advanceExact(d) ? (int) grade.longValue() : 0,
          gradeLabel,
          stepScores,
          stepMax,
          status,
          values(findings, d));
    }

    private static List<String> values(SortedSetDocValues dv, int doc) throws IOException {
      List<String> out = new ArrayList<>();
      if (dv.advanceExact(doc)) {
        for (int i = 0; i < dv.docValueCount(); i++) {
          out.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        }
      }
      return out;
    }
  }
}
