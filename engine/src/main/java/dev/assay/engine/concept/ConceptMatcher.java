package dev.assay.engine.concept;

import dev.assay.engine.text.Sentence;
import dev.assay.engine.text.TextModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Finds every lexicon concept in an answer, with exact offsets: where Lucene's matches API would
 * find each concept's query in a {@link MemoryIndex} of the answer, found without building one.
 *
 * <p>A concept's query is a disjunction, so its matches are the matches of its alternatives
 * (terms, phrases, prefixes), taken apart once when the matcher is built. Per answer, the text is
 * analysed once into {@link AnswerTokens}: each token's lexicon word, position and offsets, where
 * positions jump at every sentence start ({@link SentenceGapFilter}) so that phrases stay inside a
 * sentence. A term alternative then matches at each occurrence of its word, a prefix at each token
 * starting with it, and an exact phrase wherever its words stand at their relative positions,
 * looked up from the occurrences of its rarest word: exactly the spans Lucene's term, prefix and
 * exact phrase matches give. A sloppy phrase's matches depend on Lucene's own sloppy matcher, so it
 * is asked as a query, over an in-memory index of only the tokens such phrases need (the postings
 * it reads are those of the whole answer); any other query type is asked over an index of the
 * whole answer. Both indexes are built only when an answer needs them.
 *
 * <p>The matcher is immutable and thread-safe.
 */
public final class ConceptMatcher {
  private final Lexicon lexicon;
  private final Analyzer analyzer = new AnswerAnalyzer();
  private final List<Alternatives> concepts;
  /** Every word some term or phrase alternative needs, numbered; read-only once built. */
  private final CharArrayMap<Integer> words = new CharArrayMap<>(1024, false);
  /** The text of each word, by number. */
  private final String[] wordText;
  /** What each token the matcher has seen analyses to. */
  private final TermCache cache;
  /** The sloppy phrase alternatives, in the order of their slots. */
  private final List<Alternative> sloppy;
  /** Per concept (in lexicon order), its rank in the order of concept ids. */
  private final int[] idRank;

  public ConceptMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
    IndexSearcher empty = new MemoryIndex().createSearcher();
    List<String> texts = new ArrayList<>();
    List<String> prefixTexts = new ArrayList<>();
    List<Alternatives> out = new ArrayList<>();
    List<Alternative> sloppy = new ArrayList<>();
    for (Concept c : lexicon.concepts()) {
      List<Query> leaves = new ArrayList<>();
      flatten(c.query(), leaves);
      List<Alternative> alternatives = new ArrayList<>();
      for (Query q : leaves) {
        Alternative a = alternative(q, empty, texts, prefixTexts, sloppy.size());
        if (a.kind() == Kind.SLOPPY) {
          sloppy.add(a);
        }
        alternatives.add(a);
      }
      out.add(new Alternatives(c, alternatives.toArray(new Alternative[0])));
    }
    this.concepts = List.copyOf(out);
    // Each concept's rank by id (ids are unique): sorting positions, not looking each one up.
    Integer[] byId = new Integer[concepts.size()];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    java.util.Arrays.sort(byId, Comparator.comparing(i -> concepts.get(i).concept().id()));
    this.idRank = new int[concepts.size()];
    for (int r = 0; r < byId.length; r++) {
      idRank[byId[r]] = r;
    }
    this.wordText = texts.toArray(new String[0]);
    char[][] prefixes = new char[prefixTexts.size()][];
    for (int i = 0; i < prefixes.length; i++) {
      prefixes[i] = prefixTexts.get(i).toCharArray();
    }
    this.cache = new TermCache(words, prefixes);
    this.sloppy = List.copyOf(sloppy);
  }

  /** How an alternative is matched. */
  private enum Kind {
    /** Each occurrence of one word. */
    TERM,
    /** Each token starting with a prefix. */
    PREFIX,
    /** Words at fixed relative positions. */
    PHRASE,
    /** Lucene's sloppy phrase matcher, over the index of the tokens sloppy phrases need. */
    SLOPPY,
    /** Lucene, over an index of the whole answer. */
    QUERY
  }

  /**
   * One alternative of a concept.
   *
   * @param query the query Lucene asks (SLOPPY, QUERY), rewritten where that is index-independent
   * @param words the numbers of the words it needs (TERM, PHRASE, SLOPPY), in query order
   * @param offsets each word's position relative to the phrase start (PHRASE)
   * @param slot the prefix number (PREFIX), the place among the sloppy phrases (SLOPPY)
   */
  private record Alternative(Kind kind, Query query, int[] words, int[] offsets, int slot) {}

  private record Alternatives(Concept concept, Alternative[] alternatives) {}

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

  private Alternative alternative(Query q, IndexSearcher empty, List<String> texts, List<String> prefixTexts, int sloppySlot) {
    Query rewritten = q;
    if (q instanceof TermQuery || q instanceof PhraseQuery) {
      try {
        // Terms and phrases rewrite the same whatever the index (a one-word phrase becomes a term).
        rewritten = empty.rewrite(q);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (rewritten instanceof TermQuery tq && onField(tq.getTerm())) {
      return new Alternative(Kind.TERM, rewritten, new int[] {number(tq.getTerm(), texts)}, null, -1);
    }
    if (rewritten instanceof PhraseQuery pq && pq.getTerms().length > 1 && allOnField(pq.getTerms())) {
      Term[] terms = pq.getTerms();
      int[] needs = new int[terms.length];
      for (int i = 0; i < needs.length; i++) {
        needs[i] = number(terms[i], texts);
      }
      if (pq.getSlop() > 0) {
        return new Alternative(Kind.SLOPPY, rewritten, needs, null, sloppySlot);
      }
      int[] positions = pq.getPositions();
      int[] offsets = new int[positions.length];
      for (int i = 0; i < offsets.length; i++) {
        offsets[i] = positions[i] - positions[0];
      }
      return new Alternative(Kind.PHRASE, rewritten, needs, offsets, -1);
    }
    if (q instanceof PrefixQuery pq && onField(pq.getPrefix()) && pq.getPrefix().bytes().length > 0
        && new BytesRef(pq.getPrefix().text()).bytesEquals(pq.getPrefix().bytes())) {
      String prefix = pq.getPrefix().text();
      int n = prefixTexts.indexOf(prefix);
      if (n < 0) {
        n = prefixTexts.size();
        prefixTexts.add(prefix);
      }
      return new Alternative(Kind.PREFIX, q, null, null, n);
    }
    return new Alternative(Kind.QUERY, q, null, null, -1);
  }

  private static boolean onField(Term t) {
    return t.field().equals(AnswerAnalyzer.FIELD);
  }

  private static boolean allOnField(Term[] terms) {
    for (Term t : terms) {
      if (!onField(t)) {
        return false;
      }
    }
    return true;
  }

  /** The number of a term's word, numbering it if it is new. */
  private int number(Term t, List<String> texts) {
    String text = t.text();
    Integer id = words.get(text);
    if (id == null) {
      id = texts.size();
      words.put(text, id);
      texts.add(text);
    }
    return id;
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  /** Every match of every concept, ordered by start offset, then concept id. */
  public List<Hit> match(TextModel model) {
    if (model.sentences().isEmpty()) {
      return List.of();
    }
    AnswerTokens tokens = AnswerTokens.analyse(cache, model, wordText.length);
    Spans found = new Spans();
    List<Hit> hits = new ArrayList<>();
    IntList ranks = new IntList();
    // Which sloppy phrases Lucene is asked, and the words their index needs.
    boolean[] mayMatch = new boolean[sloppy.size()];
    boolean[] sloppyWords = null;
    for (Alternative a : sloppy) {
      if (mayMatch(tokens, a)) {
        mayMatch[a.slot()] = true;
        if (sloppyWords == null) {
          sloppyWords = new boolean[wordText.length];
        }
        for (int w : a.words()) {
          sloppyWords[w] = true;
        }
      }
    }
    IndexSearcher sloppyIndex = null;
    IndexSearcher whole = null;
    try {
      for (int ci = 0; ci < concepts.size(); ci++) {
        Alternatives c = concepts.get(ci);
        found.clear();
        for (Alternative a : c.alternatives()) {
          switch (a.kind()) {
            case TERM -> term(tokens, a.words()[0], found);
            case PREFIX -> prefix(tokens, a.slot(), found);
            case PHRASE -> phrase(tokens, a, found);
            case SLOPPY -> {
              if (sloppyWords != null && mayMatch[a.slot()]) {
                if (sloppyIndex == null) {
                  sloppyIndex = index(tokens, sloppyWords);
                }
                collect(sloppyIndex, a.query(), model, found);
              }
            }
            case QUERY -> {
              if (whole == null) {
                whole = index(model);
              }
              collect(whole, a.query(), model, found);
            }
          }
        }
        if (found.size() > 0) {
          for (Found f : longest(found, model)) {
            hits.add(new Hit(c.concept(), f.start(), f.end(), f.sentence()));
            ranks.add(idRank[ci]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sorted(hits, ranks, model.text().length());
  }

  /**
   * Hits ordered by start, concept id, end. Each hit's sort key packs its start, its concept's rank
   * in id order, its end and its place in the list into one long, so that a primitive sort does it.
   */
  private static List<Hit> sorted(List<Hit> hits, IntList ranks, int textLength) {
    if (textLength >= 1 << 17 || hits.size() >= 1 << 17 || ranks.max() >= 1 << 12) {
      hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.concept().id()).thenComparingInt(Hit::end));
      return hits;
    }
    long[] keys = new long[hits.size()];
    for (int i = 0; i < keys.length; i++) {
      Hit h = hits.get(i);
      keys[i] = (long) h.start() << 46 | (long) ranks.get(i) << 34 | (long) h.end() << 17 | i;
    }
    Arrays.sort(keys);
    Hit[] out = new Hit[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = hits.get((int) (keys[i] & ((1 << 17) - 1)));
    }
    return new ArrayList<>(Arrays.asList(out));
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] values = new int[64];
    private int size;
    private int max;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
      max = Math.max(max, v);
    }

    int get(int i) {
      return values[i];
    }

    int max() {
      return max;
    }
  }

  /**
   * What {@link #match} finds, found the way it used to be: every alternative asked as a Lucene
   * query over a {@link MemoryIndex} of the whole answer. Slow; the reference the tests hold the
   * matcher to.
   */
  List<Hit> matchWithQueries(TextModel model) {
    IndexSearcher searcher = index(model);
    if (searcher == null) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    Spans found = new Spans();
    try {
      for (Alternatives c : concepts) {
        found.clear();
        for (Alternative a : c.alternatives()) {
          collect(searcher, a.query(), model, found);
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

  private static void term(AnswerTokens tokens, int w, Spans found) {
    int n = tokens.count(w);
    for (int k = 0; k < n; k++) {
      int i = tokens.occurrence(w, k);
      found.add(tokens.start[i], tokens.end[i]);
    }
  }

  private static void prefix(AnswerTokens tokens, int p, Spans found) {
    for (int i : tokens.prefixed(p)) {
      found.add(tokens.start[i], tokens.end[i]);
    }
  }

  /**
   * Every place the phrase's words stand at their relative positions, from the first word's start
   * to the last word's end: each occurrence of the rarest word, checked against the others.
   */
  private static void phrase(AnswerTokens tokens, Alternative a, Spans found) {
    int[] ws = a.words();
    int[] offsets = a.offsets();
    int anchor = 0;
    for (int j = 0; j < ws.length; j++) {
      int count = tokens.count(ws[j]);
      if (count == 0) {
        return;
      }
      if (count < tokens.count(ws[anchor])) {
        anchor = j;
      }
    }
    int last = ws.length - 1;
    int n = tokens.count(ws[anchor]);
    occurrences:
    for (int k = 0; k < n; k++) {
      int at = tokens.occurrence(ws[anchor], k);
      int phraseStart = tokens.position[at] - offsets[anchor];
      int first = -1;
      int end = -1;
      for (int j = 0; j <= last; j++) {
        int i = j == anchor ? at : tokens.tokenAt(phraseStart + offsets[j], ws[j], at);
        if (i < 0) {
          continue occurrences;
        }
        if (j == 0) {
          first = i;
        }
        if (j == last) {
          end = i;
        }
      }
      found.add(tokens.start[first], tokens.end[end]);
    }
  }

  /**
   * Whether a sloppy phrase may match: some occurrence of its first word has, for each other word,
   * an occurrence whose phrase start (its position less its place in the phrase) is within the slop
   * of the first one's. Every sloppy match has that, so Lucene is asked only where it might find one.
   */
  private static boolean mayMatch(AnswerTokens tokens, Alternative a) {
    int[] ws = a.words();
    for (int w : ws) {
      if (tokens.count(w) == 0) {
        return false;
      }
    }
    int slop = ((PhraseQuery) a.query()).getSlop();
    int[] places = ((PhraseQuery) a.query()).getPositions();
    int n = tokens.count(ws[0]);
    anchors:
    for (int k = 0; k < n; k++) {
      long start = (long) tokens.position[tokens.occurrence(ws[0], k)] - places[0];
      for (int j = 1; j < ws.length; j++) {
        if (!occursNear(tokens, ws[j], start + places[j], slop)) {
          continue anchors;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether word {@code w} occurs at a position within {@code slop} of {@code pos}. */
  private static boolean occursNear(AnswerTokens tokens, int w, long pos, int slop) {
    int lo = 0;
    int hi = tokens.count(w);
    // The first occurrence at or after pos - slop.
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.position[tokens.occurrence(w, mid)] < pos - slop) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < tokens.count(w) && tokens.position[tokens.occurrence(w, lo)] <= pos + slop;
  }

  /** An index of the tokens holding some words, at their positions and offsets in the answer. */
  private IndexSearcher index(AnswerTokens tokens, boolean[] selected) {
    MemoryIndex index = new MemoryIndex(true, false);
    index.addField(AnswerAnalyzer.FIELD, new SelectedTokenStream(tokens, selected, wordText));
    return index.createSearcher();
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
        Spans found = new Spans();
        collect(searcher, q, model, found);
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

  private static void collect(IndexSearcher searcher, Query query, TextModel model, Spans found) throws IOException {
    LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
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
      found.add(it.startOffset(), it.endOffset());
    }
  }

  /**
   * Matches of one concept's alternatives (or of one query) may overlap ("clicks" and "click
   * logs"): keeps the longest, and only matches within one sentence.
   */
  private static List<Found> longest(Spans found, TextModel model) {
    found.sort();
    List<Found> out = new ArrayList<>();
    int lastEnd = -1;
    List<Sentence> sentences = model.sentences();
    for (int k = 0; k < found.size(); k++) {
      int start = found.start(k);
      int end = found.end(k);
      if (start < lastEnd || end > model.text().length()) {
        continue;
      }
      int sentence = model.sentenceIndexAt(start);
      if (sentence < 0 || end > sentences.get(sentence).end()) {
        continue;
      }
      out.add(new Found(start, end, sentence));
      lastEnd = end;
    }
    return out;
  }

  /**
   * Spans found in an answer, packed one to a long so that a plain sort orders them by start,
   * then the longest first. Spans out of the text (negative, empty) are never added.
   */
  private static final class Spans {
    private long[] spans = new long[64];
    private int size;

    void add(int start, int end) {
      if (start >= 0 && end > start) {
        if (size == spans.length) {
          spans = Arrays.copyOf(spans, size * 2);
        }
        // The end is stored inverted so that, for one start, longer spans sort first.
        spans[size++] = ((long) start << 32) | (0xFFFFFFFFL - end);
      }
    }

    void clear() {
      size = 0;
    }

    int size() {
      return size;
    }

    void sort() {
      Arrays.sort(spans, 0, size);
    }

    int start(int k) {
      return (int) (spans[k] >>> 32);
    }

    int end(int k) {
      return (int) (0xFFFFFFFFL - (spans[k] & 0xFFFFFFFFL));
    }
  }
}
