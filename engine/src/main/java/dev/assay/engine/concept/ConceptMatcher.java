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
    List<Sentence> sentences = model.sentences();
    if (sentences.isEmpty()) {
      return List.of();
    }
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).start();
    }
    MemoryIndex index = new MemoryIndex(true, false);
    TokenStream stream = new SentenceGapFilter(analyzer.tokenStream(AnswerAnalyzer.FIELD, model.text()), starts);
    index.addField(AnswerAnalyzer.FIELD, stream);
    IndexSearcher searcher = index.createSearcher();
    LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
    List<Hit> hits = new ArrayList<>();
    try {
      for (Concept concept : lexicon.concepts()) {
        collect(searcher, leaf, concept, model, hits);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.concept().id()).thenComparingInt(Hit::end));
    return hits;
  }

  private static void collect(
      IndexSearcher searcher, LeafReaderContext leaf, Concept concept, TextModel model, List<Hit> out)
      throws IOException {
    Query query = searcher.rewrite(concept.query());
    Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(leaf, 0);
    if (matches == null) {
      return;
    }
    MatchesIterator it = matches.getMatches(AnswerAnalyzer.FIELD);
    if (it == null) {
      return;
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
      out.add(new Hit(concept, f[0], f[1], sentence));
      lastEnd = f[1];
    }
  }
}
