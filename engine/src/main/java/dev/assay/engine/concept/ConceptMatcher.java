package dev.assay.engine.concept;

import dev.assay.engine.text.Sentence;
import dev.assay.engine.text.TextModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds every lexicon concept in an answer with Lucene's {@link MemoryIndex} and the matches API,
 * giving exact offsets.
 *
 * <p>The answer is analysed once into a one-document in-memory index whose positions jump at
 * every sentence start, so phrase and proximity queries stay inside a sentence. Each concept's
 * query is then asked for its {@link Matches}. The matcher is immutable and thread-safe; each call
 * builds its own index.
 */
public final class ConceptMatcher {
  private final Lexicon lexicon;
  private final Analyzer analyzer = new AnswerAnalyzer();

  public ConceptMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Every match of every concept, ordered by start offset, then concept id. */
  public List<Hit> match(TextModel model) {
    IndexSearcher searcher = index(model);
    if (searcher == null) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    try {
      for (Concept concept : lexicon.concepts()) {
        for (Found f : find(searcher, concept.query(), model)) {
          hits.add(new Hit(concept, f.start(), f.end(), f.sentence()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.concept().id()).thenComparingInt(Hit::end));
    return hits;
  }

  /**
   * Where a query matches within a sentence.
   *
   * @param start first character in the original answer
   * @param end just past the match
   * @param sentence index of the sentence holding it
   */
  public record Found(int start, int end, int sentence) {}

  /**
   * Every match of each query (parsed like the lexicon's, e.g. by {@link ConceptQueryParser}), per
   * query in the order given, each list ordered by position with overlaps resolved to the longest.
   */
  public List<List<Found>> find(TextModel model, List<Query> queries) {
    IndexSearcher searcher = index(model);
    List<List<Found>> out = new ArrayList<>();
    try {
      for (Query q : queries) {
        out.add(searcher == null ? List.of() : find(searcher, q, model));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The answer as a one-document index with sentence gaps, or null when it has no sentence. */
  private IndexSearcher index(TextModel model) {
    List<Sentence> sentences = model.sentences();
    if (sentences.isEmpty()) {
      return null;
    }
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).start();
    }
    MemoryIndex index = new MemoryIndex(true, false);
    TokenStream stream = new SentenceGapFilter(analyzer.tokenStream(AnswerAnalyzer.FIELD, model.text()), starts);
    index.addField(AnswerAnalyzer.FIELD, stream);
    return index.createSearcher();
  }

  private static List<Found> find(IndexSearcher searcher, Query source, TextModel model) throws IOException {
    LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
    List<Found> out = new ArrayList<>();
    Query query = searcher.rewrite(source);
    Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(leaf, 0);
    if (matches == null) {
      return out;
    }
    MatchesIterator it = matches.getMatches(AnswerAnalyzer.FIELD);
    if (it == null) {
      return out;
    }
    List<int[]> found = new ArrayList<>();
    while (it.next()) {
      int start = it.startOffset();
      int end = it.endOffset();
      if (start >= 0 && end > start && end <= model.text().length()) {
        found.add(new int[] {start, end});
      }
    }
    // Alternatives of one concept may overlap ("clicks" and "click logs"): keep the longest.
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    int lastEnd = -1;
    for (int[] f : found) {
      if (f[0] < lastEnd) {
        continue;
      }
      int sentence = model.sentenceIndexAt(f[0]);
      if (sentence < 0 || f[1] > model.sentences().get(sentence).end()) {
        continue;
      }
      out.add(new Found(f[0], f[1], sentence));
      lastEnd = f[1];
    }
    return out;
  }
}
