package dev.assay.api.store;

import dev.assay.api.auth.Principal;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The evaluations a caller may read, as a Lucene filter: the query form of {@link
 * Principal#mayAccess(String, String)}, added to every read of the store.
 */
public final class Visibility {
  private Visibility() {}

  /** The filter matching exactly the documents the principal may read. */
  public static Query of(Principal p) {
    return switch (p.role()) {
      case ADMIN -> new MatchAllDocsQuery();
      case INSTRUCTOR -> cohorts(p.cohorts().stream().toList());
      case STUDENT -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(EvaluationDocument.CANDIDATE, p.candidateId())), Occur.FILTER);
        b.add(
            p.cohorts().isEmpty()
                ? new TermQuery(new Term(EvaluationDocument.COHORT, EvaluationDocument.NONE))
                : cohorts(p.cohorts().stream().toList()),
            Occur.FILTER);
        yield b.build();
      }
    };
  }

  /** Documents in any of these cohorts. */
  static Query cohorts(List<String> cohorts) {
    return new TermInSetQuery(EvaluationDocument.COHORT, cohorts.stream().map(BytesRef::new).toList());
  }

  /** Documents in this cohort, or outside any cohort when it is null. */
  public static Query cohort(String cohortId) {
    return new TermQuery(new Term(EvaluationDocument.COHORT, cohortId == null ? EvaluationDocument.NONE : cohortId));
  }
}
