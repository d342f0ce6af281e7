package dev.assay.plugin.exemplar;

import dev.assay.spi.AnalysedAnswer;
import dev.assay.spi.TextRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * How well an answer covers each point of a model answer, with Lucene's BM25.
 *
 * <p>The answer's credited sentences, and each pair of neighbouring ones, are indexed as documents
 * together with the model answer's points. BM25 with {@code k1 = 0} and {@code b = 0} scores a
 * document by the sum of the inverse document frequencies of the query terms it contains, however
 * often and however long: so a point's query scores the point itself at the most any document can
 * reach, and the best answer passage's share of that score is the share of the point's content,
 * weighted by rarity, that the passage holds. A common word ("model") counts for less than a rare one
 * ("censored").
 */
final class Coverage {
  private static final String TEXT = "t";
  private static final String KIND = "kind";
  private static final String START = "start";
  private static final String LENGTH = "length";
  /** How many of the best passages are compared for a tie. */
  private static final int TIES = 8;
  private static final FieldType WITH_OFFSETS = new FieldType();

  static {
    WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    WITH_OFFSETS.setTokenized(true);
    WITH_OFFSETS.freeze();
  }

  /**
   * One point's coverage.
   *
   * @param point the point
   * @param share the best passage's share of the point's weighted terms, 0 to 1
   * @param evidence where in the answer the best passage's matching terms stand, or empty
   */
  record PointCoverage(ModelAnswer.Point point, double share, List<TextRange> evidence) {}

  private Coverage() {}

  static List<PointCoverage> of(ModelAnswer model, AnalysedAnswer answer) {
    List<AnalysedAnswer.AnswerSentence> sentences = new ArrayList<>();
    for (AnalysedAnswer.AnswerSentence s : answer.sentences()) {
      if (s.credited() && s.end() > s.start()) {
        sentences.add(s);
      }
    }
    IndexWriterConfig config = new IndexWriterConfig(answer.analyzer()).setSimilarity(new BM25Similarity(0f, 0f, false));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < sentences.size(); i++) {
          int start = sentences.get(i).start();
          w.addDocument(passage(answer.text(), start, sentences.get(i).end()));
          if (i + 1 < sentences.size()) {
            w.addDocument(passage(answer.text(), start, sentences.get(i + 1).end()));
          }
        }
        for (ModelAnswer.Point p : model.points()) {
          Document d = new Document();
          d.add(new Field(TEXT, p.text(), WITH_OFFSETS));
          d.add(new StringField(KIND, "point", Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity(0f, 0f, false));
        List<PointCoverage> out = new ArrayList<>();
        for (ModelAnswer.Point p : model.points()) {
          out.add(cover(searcher, p));
        }
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document passage(String text, int start, int end) {
    Document d = new Document();
    d.add(new Field(TEXT, text.substring(start, end), WITH_OFFSETS));
    d.add(new StringField(KIND, "answer", Field.Store.NO));
    d.add(new StoredField(START, start));
    d.add(new StoredField(LENGTH, end - start));
    return d;
  }

  private static int length(IndexSearcher searcher, int doc) throws IOException {
    return searcher.storedFields().document(doc).getField(LENGTH).numericValue().intValue();
  }

  private static PointCoverage cover(IndexSearcher searcher, ModelAnswer.Point p) throws IOException {
    BooleanQuery.Builder terms = new BooleanQuery.Builder();
    for (String t : p.terms()) {
      terms.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
    }
    Query query = terms.build();
    double ideal = best(searcher, query, "point");
    if (ideal <= 0) {
      return new PointCoverage(p, 0, List.of());
    }
    Query inAnswer =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(KIND, "answer")), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(inAnswer, TIES);
    if (top.scoreDocs.length == 0) {
      return new PointCoverage(p, 0, List.of());
    }
    // A pair of sentences scores at least as well as either alone: among equal scores, the
    // shortest passage is the evidence.
    ScoreDoc hit = top.scoreDocs[0];
    int shortest = length(searcher, hit.doc);
    for (ScoreDoc d : top.scoreDocs) {
      int length = length(searcher, d.doc);
      if (d.score >= top.scoreDocs[0].score * (1 - 1e-6) && length < shortest) {
        hit = d;
        shortest = length;
      }
    }
    double share = Math.min(1.0, hit.score / ideal);
    return new PointCoverage(p, share, evidence(searcher, query, hit.doc));
  }

  /** The highest score of the query among documents of a kind (a point scores its own terms in full). */
  private static double best(IndexSearcher searcher, Query query, String kind) throws IOException {
    Query q =
        new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(new TermQuery(new Term(KIND, kind)), BooleanClause.Occur.FILTER).build();
    TopDocs top = searcher.search(q, 1);
    return top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
  }

  /** From the first matching term to the last in the passage, as a range of the answer. */
  private static List<TextRange> evidence(IndexSearcher searcher, Query query, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    MatchesIterator it = matches == null ? null : matches.getMatches(TEXT);
    if (it == null) {
      return List.of();
    }
    int from = Integer.MAX_VALUE;
    int to = -1;
    while (it.next()) {
      if (it.startOffset() >= 0) {
        from = Math.min(from, it.startOffset());
        to = Math.max(to, it.endOffset());
      }
    }
    if (to <= from) {
      return List.of();
    }
    int base = searcher.storedFields().document(doc).getField(START).numericValue().intValue();
    return List.of(new TextRange(base + from, base + to));
  }
}
