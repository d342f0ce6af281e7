package dev.assay.api.store;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads listing lines ({@link Summary}) from doc values alone: a stored document holds the whole
 * answer and evaluation, and reading one field of it costs decompressing all of that.
 */
final class Summaries {
  private Summaries() {}

  /** The summaries of these documents (top-level doc ids), in the order given. */
  static List<Summary> of(IndexSearcher s, int[] docs) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    Summary[] out = new Summary[docs.length];
    int current = -1;
    Columns cols = null;
    for (int k : order) {
      int leaf = ReaderUtil.subIndex(docs[k], leaves);
      if (leaf != current) {
        current = leaf;
        cols = new Columns(leaves.get(leaf).reader());
      }
      out[k] = cols.summary(docs[k] - leaves.get(leaf).docBase);
    }
    return Arrays.asList(out);
  }

  /** One segment's columns, read in increasing doc order. */
  private static final class Columns {
    private final SortedDocValues id;
    private final NumericDocValues created;
    private final SortedDocValues candidate;
    private final SortedDocValues cohort;
    private final SortedDocValues external;
    private final NumericDocValues total;
    private final NumericDocValues grade;
    private final SortedDocValues label;

    Columns(LeafReader r) throws IOException {
      id = DocValues.getSorted(r, EvaluationDocument.ID);
      created = DocValues.getNumeric(r, EvaluationDocument.CREATED);
      candidate = DocValues.getSorted(r, EvaluationDocument.CANDIDATE);
      cohort = DocValues.getSorted(r, EvaluationDocument.COHORT);
      external = DocValues.getSorted(r, EvaluationDocument.EXTERNAL);
      total = DocValues.getNumeric(r, EvaluationDocument.TOTAL);
      grade = DocValues.getNumeric(r, EvaluationDocument.GRADE);
      label = DocValues.getSorted(r, EvaluationDocument.GRADE_LABEL);
    }

    Summary summary(int d) throws IOException {
      return new Summary(
          text(id, d),
          Instant.ofEpochMilli(created.advanceExact(d) ? created.longValue() : 0),
          text(candidate, d),
          text(cohort, d),
          text(external, d),
          total.advanceExact(d) ? Double.longBitsToDouble(total.longValue()) : 0,
          grade.advanceExact(d) ? (int) grade.longValue() : 0,
          text(label, d));
    }

    /** The value, or null when there is none or it is the "none" term. */
    private static String text(SortedDocValues dv, int d) throws IOException {
      if (!dv.advanceExact(d)) {
        return null;
      }
      String v = dv.lookupOrd(dv.ordValue()).utf8ToString();
      return v.equals(EvaluationDocument.NONE) ? null : v;
    }
  }
}
