package dev.assay.api.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Full-text search over stored answers in Lucene's classic query syntax, with each hit's matching
 * passages as spans of the answer (zero-based UTF-16 offsets, like every span in Assay).
 */
public final class AnswerSearch {
  /** How many passages per hit at most. */
  static final int PASSAGES = 3;

  /** The limits on a query: its length in characters and its clauses (terms, phrases' terms, wildcards). */
  public record Limits(int maxChars, int maxClauses) {}

  /** A range of the answer that matched. */
  public record Range(int start, int end) {}

  /** A passage of the answer holding matches: its range, its text, and the matches in it. */
  public record Snippet(int start, int end, String text, List<Range> matches) {}

  /** One hit: which evaluation, its relevance, its score and its passages. */
  public record Hit(
      String id, String candidateId, String cohortId, Instant createdAt, float relevance, double total, int grade, List<Snippet> snippets) {}

  /** The hits of a search, best first, and how many matched in all. */
  public record Result(long matched, List<Hit> hits) {}

  private AnswerSearch() {}

  /**
   * Parses a query over the answer field.
   *
   * @throws InvalidQueryException (field {@code q}) when it is empty, too long, malformed, or has too
   *     many clauses
   */
  public static Query parse(String q, Limits limits) {
    if (q == null || q.isBlank()) {
      throw new InvalidQueryException("q", null, "q: missing: give a query in Lucene syntax, e.g. q=baseline AND heuristic");
    }
    if (q.length() > limits.maxChars()) {
      throw new InvalidQueryException("q", "maxQueryChars", "q: " + q.length() + " characters, over the limit of " + limits.maxChars());
    }
    Query query;
    try {
      QueryParser parser = new QueryParser(EvaluationDocument.ANSWER, EvaluationDocument.analyzer());
      parser.setAllowLeadingWildcard(false);
      query = parser.parse(q);
    } catch (ParseException | TokenMgrError e) {
      throw new InvalidQueryException("q", null, "q: not a valid query: " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
      throw new InvalidQueryException("q", "maxQueryClauses", "q: too complex: " + firstLine(e.getMessage()));
    }
    String field = foreignField(query);
    if (field != null) {
      throw new InvalidQueryException("q", null, "q: only the answer text is searchable, not '" + field + "'");
    }
    int clauses = clauses(query);
    if (clauses > limits.maxClauses()) {
      throw new InvalidQueryException("q", "maxQueryClauses", "q: " + clauses + " clauses, over the limit of " + limits.maxClauses());
    }
    return query;
  }

  /** Counts the terms and term patterns a query matches on. */
  static int clauses(Query query) {
    int[] n = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... terms) {
            n[0] += terms.length;
          }

          @Override
          public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            n[0]++;
          }

          @Override
          public void visitLeaf(Query q) {
            n[0]++;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return n[0];
  }

  /** A field other than the answer that the query names (as in {@code cohortId:c2}), or null. */
  static String foreignField(Query query) {
    String[] found = {null};
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (!field.equals(EvaluationDocument.ANSWER) && found[0] == null) {
              found[0] = field;
            }
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return found[0];
  }

  /** Runs a parsed query within the filter and returns the best {@code limit} hits with passages. */
  public static Result search(EvaluationStore store, Query query, Query filter, int limit) {
    return store.read(s -> {
      Query q = new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
      TopDocs td = s.search(q, limit);
      int[] docs = new int[td.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = td.scoreDocs[i].doc;
      }
      Object[] passages = passages(s, query, docs);
      List<Summary> summaries = Summaries.of(s, docs);
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < docs.length; i++) {
        Summary m = summaries.get(i);
        @SuppressWarnings("unchecked")
        List<Snippet> snippets = passages[i] == null ? List.of() : (List<Snippet>) passages[i];
        hits.add(new Hit(m.id(), m.candidateId(), m.cohortId(), m.createdAt(), td.scoreDocs[i].score, m.total(), m.grade(), snippets));
      }
      return new Result(td.totalHits.value, hits);
    });
  }

  private static Object[] passages(IndexSearcher s, Query query, int[] docs) throws IOException {
    if (docs.length == 0) {
      return new Object[0];
    }
    SpanHighlighter h =
        new SpanHighlighter(
            UnifiedHighlighter.builder(s, EvaluationDocument.analyzer())
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(0)
                .withFormatter(new SpanFormatter()));
    int[] max = {PASSAGES};
    Map<String, Object[]> out = h.objects(new String[] {EvaluationDocument.ANSWER}, query, docs, max);
    return out.get(EvaluationDocument.ANSWER);
  }

  /** Exposes the highlighter's object form, so passages come back as spans rather than markup. */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(Builder b) {
      super(b);
    }

    Map<String, Object[]> objects(String[] fields, Query q, int[] docs, int[] max) throws IOException {
      // Takes doc ids in any order and returns one result per id, in the order given.
      return highlightFieldsAsObjects(fields, q, docs, max);
    }
  }

  /** Formats passages as snippets with absolute offsets into the answer. */
  private static final class SpanFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>();
      for (Passage p : passages) {
        List<Range> matches = new ArrayList<>();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          if (!matches.isEmpty() && start < matches.get(matches.size() - 1).end()) {
            Range last = matches.remove(matches.size() - 1);
            matches.add(new Range(last.start(), Math.max(end, last.end())));
          } else {
            matches.add(new Range(start, end));
          }
        }
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        int firstMatch = matches.isEmpty() ? end : matches.get(0).start();
        int lastMatch = matches.isEmpty() ? start : matches.get(matches.size() - 1).end();
        while (start < firstMatch && (Character.isWhitespace(content.charAt(start)) || ".!?;:".indexOf(content.charAt(start)) >= 0)) {
          start++;
        }
        while (end > lastMatch && Character.isWhitespace(content.charAt(end - 1))) {
          end--;
        }
        out.add(new Snippet(start, end, content.substring(start, end), matches));
      }
      return out;
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
