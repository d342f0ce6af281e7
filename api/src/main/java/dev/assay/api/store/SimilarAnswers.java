package dev.assay.api.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The answers of a cohort most like a given one: candidates found with {@link MoreLikeThis}, then
 * ranked by the cosine similarity of their tf-idf term vectors, a score from 0 (nothing in common)
 * to 1 (the same words in the same proportions), so a copied answer scores about 1 and template
 * answers cluster high.
 */
public final class SimilarAnswers {
  /** How many more candidates than asked for MoreLikeThis brings to the cosine ranking. */
  private static final int WIDEN = 4;

  /** One similar answer and how similar it is. */
  public record Similar(String id, String candidateId, String cohortId, Instant createdAt, double similarity) {}

  private SimilarAnswers() {}

  /**
   * The answers most similar to the evaluation {@code id}, in its cohort (or among answers with no
   * cohort), within the filter; empty when the filter does not let the evaluation itself through.
   */
  public static Optional<List<Similar>> of(EvaluationStore store, String id, Query filter, int limit) {
    return store.read(s -> {
      TopDocs src = s.search(EvaluationStore.filtered(new TermQuery(new Term(EvaluationDocument.ID, id)), filter), 1);
      if (src.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int doc = src.scoreDocs[0].doc;
      String cohort = Summaries.of(s, new int[] {doc}).get(0).cohortId();
      IndexReader reader = s.getIndexReader();
      MoreLikeThis mlt = new MoreLikeThis(reader);
      mlt.setAnalyzer(EvaluationDocument.analyzer());
      mlt.setFieldNames(new String[] {EvaluationDocument.ANSWER});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxQueryTerms(64);
      Query like = mlt.like(doc);
      Query q =
          new BooleanQuery.Builder()
              .add(like, Occur.MUST)
              .add(Visibility.cohort(cohort), Occur.FILTER)
              .add(filter, Occur.FILTER)
              .add(new TermQuery(new Term(EvaluationDocument.ID, id)), Occur.MUST_NOT)
              .build();
      TopDocs td = s.search(q, limit * WIDEN);
      Map<String, Double> idf = new HashMap<>();
      Map<String, Double> source = vector(s, doc, idf);
      int[] docs = new int[td.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = td.scoreDocs[i].doc;
      }
      List<Summary> summaries = Summaries.of(s, docs);
      List<Similar> out = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        Summary m = summaries.get(i);
        double cos = cosine(source, vector(s, docs[i], idf));
        out.add(new Similar(m.id(), m.candidateId(), m.cohortId(), m.createdAt(), Math.round(cos * 1000) / 1000.0));
      }
      out.sort(Comparator.comparingDouble(Similar::similarity).reversed().thenComparing(Similar::id));
      return Optional.of(out.size() > limit ? List.copyOf(out.subList(0, limit)) : out);
    });
  }

  /** The document's answer as a unit-length tf-idf vector over its analysed terms. */
  private static Map<String, Double> vector(IndexSearcher s, int doc, Map<String, Double> idfCache) throws IOException {
    IndexReader reader = s.getIndexReader();
    Terms tv = reader.termVectors().get(doc, EvaluationDocument.ANSWER);
    Map<String, Double> v = new HashMap<>();
    if (tv == null) {
      return v;
    }
    int n = reader.numDocs();
    TermsEnum te = tv.iterator();
    double norm = 0;
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      String term = t.utf8ToString();
      long tf = te.totalTermFreq();
      double idf =
          idfCache.computeIfAbsent(term, k -> {
            try {
              int df = reader.docFreq(new Term(EvaluationDocument.ANSWER, k));
              return Math.log(1 + (n - df + 0.5) / (df + 0.5));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      double w = (1 + Math.log(tf)) * idf;
      v.put(term, w);
      norm += w * w;
    }
    double len = Math.sqrt(norm);
    if (len > 0) {
      v.replaceAll((k, w) -> w / len);
    }
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.max(0, Math.min(1, dot));
  }
}
