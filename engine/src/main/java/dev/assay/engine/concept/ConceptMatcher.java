package dev.assay.engine.concept;

import dev.assay.engine.text.Sentence;
import dev.assay.engine.text.TextModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Finds every lexicon concept in an answer with Lucene's {@link MemoryIndex} and the matches API,
 * giving exact offsets.
 *
 * <p>The answer is analysed once into a one-document in-memory index whose positions jump at
 * every sentence start, so phrase and proximity queries stay inside a sentence. Each concept's
 * query is then asked for its {@link Matches}.
 *
 * <p>Most of a lexicon cannot match a given answer: its words are not there. The queries are taken
 * apart once, when the matcher is built: a concept's query is a disjunction, so its matches are
 * the matches of its alternatives (terms, phrases, prefixes), each rewritten once. Per answer, the
 * index's own term dictionary tells which words the answer has, and an alternative whose words
 * are not all there is not asked at all. The matcher is immutable and thread-safe; each call
 * builds its own index.
 */
public final class ConceptMatcher {
  private final Lexicon lexicon;
  private final Analyzer analyzer = new AnswerAnalyzer();
  private final List<Alternatives> concepts;
  /** Every word some term or phrase alternative needs, numbered. */
  private final Map<BytesRef, Integer> words = new HashMap<>();

  public ConceptMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
    IndexSearcher empty = new MemoryIndex().createSearcher();
    List<Alternatives> out = new ArrayList<>();
    for (Concept c : lexicon.concepts()) {
      List<Query> leaves = new ArrayList<>();
      flatten(c.query(), leaves);
      List<Alternative> alternatives = new ArrayList<>();
      for (Query q : leaves) {
        alternatives.add(alternative(q, empty));
      }
      out.add(new Alternatives(c, List.copyOf(alternatives)));
    }
    this.concepts = List.copyOf(out);
  }

  /** One alternative of a concept: its query, and the numbers of the words it needs (null: always ask). */
  private record Alternative(Query query, int[] needs) {}

  private record Alternatives(Concept concept, List<Alternative> alternatives) {}

  /** Splits a disjunction (only SHOULD clauses, no minimum) into its clauses, recursively. */
  private static void flatten(Query q, List<Query> out) {
    if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0 && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
      for (BooleanClause c : bq.clauses()) {
        flatten(c.getQuery(), out);
      }
    } else {
      out.add(q);
    }
  }

  private Alternative alternative(Query q, IndexSearcher empty) {
    List<Term> needed = new ArrayList<>();
    if (q instanceof TermQuery tq) {
      needed.add(tq.getTerm());
    } else if (q instanceof PhraseQuery pq && pq.getTerms().length > 0) {
      needed.addAll(List.of(pq.getTerms()));
    } else {
      return new Alternative(q, null);
    }
    Query rewritten;
    try {
      // Terms and phrases rewrite the same whatever the index (a one-word phrase becomes a term).
      rewritten = empty.rewrite(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] needs = new int[needed.size()];
    for (int i = 0; i < needs.length; i++) {
      Term t = needed.get(i);
      if (!t.field().equals(AnswerAnalyzer.FIELD)) {
        return new Alternative(q, null);
      }
      needs[i] = words.computeIfAbsent(BytesRef.deepCopyOf(t.bytes()), k -> words.size());
    }
    return new Alternative(rewritten, needs);
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
    LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
    List<Hit> hits = new ArrayList<>();
    try {
      boolean[] present = present(leaf);
      List<int[]> found = new ArrayList<>();
      for (Alternatives c : concepts) {
        found.clear();
        for (Alternative a : c.alternatives()) {
          if (has(present, a.needs())) {
            collect(searcher, leaf, a.query(), model, found);
          }
        }
        for (Found f : longest(found, model)) {
          hits.add(new Hit(c.concept(), f.start(), f.end(), f.sentence()));
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
        if (searcher == null) {
          out.add(List.of());
          continue;
        }
        List<int[]> found = new ArrayList<>();
        collect(searcher, searcher.getIndexReader().leaves().get(0), q, model, found);
        out.add(longest(found, model));
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

  /** Which of the lexicon's words the answer has, read from the index's term dictionary. */
  private boolean[] present(LeafReaderContext leaf) throws IOException {
    boolean[] present = new boolean[words.size()];
    Terms terms = leaf.reader().terms(AnswerAnalyzer.FIELD);
    if (terms == null) {
      return present;
    }
    TermsEnum it = terms.iterator();
    BytesRef term;
    while ((term = it.next()) != null) {
      Integer id = words.get(term);
      if (id != null) {
        present[id] = true;
      }
    }
    return present;
  }

  private static boolean has(boolean[] present, int[] needs) {
    if (needs == null) {
      return true;
    }
    for (int n : needs) {
      if (!present[n]) {
        return false;
      }
    }
    return true;
  }

  private static void collect(IndexSearcher searcher, LeafReaderContext leaf, Query query, TextModel model, List<int[]> found)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(leaf, 0);
    if (matches == null) {
      return;
    }
    MatchesIterator it = matches.getMatches(AnswerAnalyzer.FIELD);
    if (it == null) {
      return;
    }
    while (it.next()) {
      int start = it.startOffset();
      int end = it.endOffset();
      if (start >= 0 && end > start && end <= model.text().length()) {
        found.add(new int[] {start, end});
      }
    }
  }

  /**
   * Matches of one concept's alternatives (or of one query) may overlap ("clicks" and "click
   * logs"): keeps the longest, and only matches within one sentence.
   */
  private static List<Found> longest(List<int[]> found, TextModel model) {
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<Found> out = new ArrayList<>();
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
