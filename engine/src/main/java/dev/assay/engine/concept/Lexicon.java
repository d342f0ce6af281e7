package dev.assay.engine.concept;

import dev.assay.engine.model.Step;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The concept lexicon: every domain concept defined once as Lucene query syntax.
 *
 * <p>The file format is a list of sections:
 *
 * <pre>
 * [metric.pr-auc]
 * step = evaluation
 * tags = offline-metric, imbalance-metric
 * q = "pr auc" OR auprc
 * q = "area under the precision recall curve"
 * </pre>
 *
 * Several {@code q} lines are alternatives. {@code ex} lines give phrases the concept must match
 * and {@code nx} lines near misses it must not; the lexicon's tests run them. Blank lines and lines starting with {@code #} are
 * ignored. Queries are parsed with the {@link AnswerAnalyzer}, so they are stemmed like the text.
 */
public final class Lexicon {
  private final Map<String, Concept> concepts;

  private Lexicon(Map<String, Concept> concepts) {
    this.concepts = concepts;
  }

  public List<Concept> concepts() {
    return List.copyOf(concepts.values());
  }

  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(concepts.get(id));
  }

  public int size() {
    return concepts.size();
  }

  /** Parses a single query string as a lexicon query would be parsed. */
  public static Query parseQuery(String source) throws ParseException {
    QueryParser parser = new QueryParser(AnswerAnalyzer.FIELD, new AnswerAnalyzer());
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(true);
    parser.setAllowLeadingWildcard(false);
    return parser.parse(source);
  }

  /** Reads a lexicon; {@code name} is used in error messages. */
  public static Lexicon read(Reader reader, String name) throws IOException {
    Map<String, Builder> builders = new LinkedHashMap<>();
    Builder current = null;
    BufferedReader in = new BufferedReader(reader);
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (t.startsWith("[") && t.endsWith("]")) {
        String id = t.substring(1, t.length() - 1).strip();
        if (id.isEmpty() || builders.containsKey(id)) {
          throw new LexiconException(name + ":" + lineNo + ": empty or duplicate concept id '" + id + "'");
        }
        current = new Builder(id);
        builders.put(id, current);
        continue;
      }
      int eq = t.indexOf('=');
      if (current == null || eq < 0) {
        throw new LexiconException(name + ":" + lineNo + ": expected [concept.id] or key = value");
      }
      String key = t.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = t.substring(eq + 1).strip();
      switch (key) {
        case "step" -> {
          try {
            current.home = Optional.of(Step.fromId(value));
          } catch (IllegalArgumentException e) {
            throw new LexiconException(name + ":" + lineNo + ": unknown step '" + value + "'");
          }
        }
        case "tags" -> {
          for (String tag : value.split(",")) {
            if (!tag.isBlank()) {
              current.tags.add(tag.strip());
            }
          }
        }
        case "q" -> {
          try {
            current.queries.add(parseQuery(value));
            current.sources.add(value);
          } catch (ParseException | RuntimeException e) {
            throw new LexiconException(
                name + ":" + lineNo + ": bad query for " + current.id + ": " + e.getMessage(), e);
          }
        }
        case "ex" -> current.examples.add(value);
        case "nx" -> current.nearMisses.add(value);
        default -> throw new LexiconException(name + ":" + lineNo + ": unknown key '" + key + "'");
      }
    }
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (Builder b : builders.values()) {
      if (b.queries.isEmpty()) {
        throw new LexiconException(name + ": concept " + b.id + " has no query");
      }
      concepts.put(b.id, b.build());
    }
    return new Lexicon(concepts);
  }

  private static final class Builder {
    final String id;
    Optional<Step> home = Optional.empty();
    final Set<String> tags = new LinkedHashSet<>();
    final List<Query> queries = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final List<String> examples = new ArrayList<>();
    final List<String> nearMisses = new ArrayList<>();

    Builder(String id) {
      this.id = id;
    }

    Concept build() {
      Query q;
      if (queries.size() == 1) {
        q = queries.get(0);
      } else {
        BooleanQuery.Builder bq = new BooleanQuery.Builder();
        for (Query query : queries) {
          bq.add(query, BooleanClause.Occur.SHOULD);
        }
        q = bq.build();
      }
      return new Concept(id, home, Set.copyOf(tags), List.copyOf(sources), q, List.copyOf(examples), List.copyOf(nearMisses));
    }
  }
}
