package dev.assay.engine.concept;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query parser for instructors' queries over an answer, with the lexicon as its
 * vocabulary: {@code concept:ID} stands for the concept's whole query (every phrasing the lexicon
 * knows), {@code tag:TAG} for every concept with that tag; plain words and phrases are analysed
 * like the answer (lower case, folded, stemmed), so "GDPR" finds "gdpr" and "embeddings" finds
 * "embedding". Any other field is refused, as are leading wildcards.
 *
 * <p>{@code concept:model.arch-specific OR "two tower"} finds a named architecture or the phrase.
 * A parser is not thread-safe: make one per query.
 */
public final class ConceptQueryParser extends QueryParser {
  public static final String CONCEPT = "concept";
  public static final String TAG = "tag";

  private final Lexicon lexicon;

  public ConceptQueryParser(Lexicon lexicon) {
    super(AnswerAnalyzer.FIELD, new AnswerAnalyzer());
    this.lexicon = lexicon;
    setDefaultOperator(QueryParser.Operator.OR);
    setSplitOnWhitespace(true);
    setAllowLeadingWildcard(false);
  }

  /** Parses one query; the exception's message says what is wrong with it. */
  public static Query parse(Lexicon lexicon, String query) throws ParseException {
    try {
      return new ConceptQueryParser(lexicon).parse(query);
    } catch (RuntimeException e) {
      // Too many clauses, an over-long term, a pattern too complex to run: Lucene's own limits.
      throw new ParseException(String.valueOf(e.getMessage()));
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (CONCEPT.equals(field)) {
      return lexicon.concept(queryText).map(Concept::query)
          .orElseThrow(() -> new ParseException("unknown concept '" + queryText + "': see the lexicon's concept ids (assay explain lists the ones an answer mentions)"));
    }
    if (TAG.equals(field)) {
      List<Query> tagged = new ArrayList<>();
      for (Concept c : lexicon.concepts()) {
        if (c.tags().contains(queryText)) {
          tagged.add(c.query());
        }
      }
      if (tagged.isEmpty()) {
        throw new ParseException("unknown tag '" + queryText + "': no lexicon concept has it");
      }
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      tagged.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
      return b.build();
    }
    checkField(field);
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (CONCEPT.equals(field) || TAG.equals(field)) {
      throw new ParseException(field + ": takes one id, not a phrase with a slop");
    }
    checkField(field);
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    checkField(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    checkField(field);
    return super.getRegexpQuery(field, termStr);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("range queries are not supported over an answer");
  }

  private static void checkField(String field) throws ParseException {
    if (!AnswerAnalyzer.FIELD.equals(field)) {
      throw new ParseException(
          "unknown field '" + field + "': write plain words and \"phrases\", concept:ID for a lexicon concept or tag:TAG for a group of them");
    }
  }
}
