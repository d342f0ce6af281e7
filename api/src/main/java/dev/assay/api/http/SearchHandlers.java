package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import dev.assay.api.store.AnswerSearch;
import dev.assay.api.store.Visibility;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/** Searching stored answers in Lucene syntax, within the caller's cohorts. */
final class SearchHandlers {
  private final Services s;

  SearchHandlers(Services s) {
    this.s = s;
  }

  void search(Context ctx, Principal p) {
    String q = ctx.queryParam("q");
    String cohort = Params.string(ctx, "cohortId");
    int limit = Params.limit(ctx, 10, s.config().maxPageSize());
    if (cohort != null) {
      Access.checkCohort(p, cohort);
    }
    Query query = AnswerSearch.parse(q, new AnswerSearch.Limits(s.config().maxQueryChars(), s.config().maxQueryClauses()));
    BooleanQuery.Builder filter = new BooleanQuery.Builder().add(Visibility.of(p), Occur.FILTER);
    if (cohort != null) {
      filter.add(Visibility.cohort(cohort), Occur.FILTER);
    }
    AnswerSearch.Result r = AnswerSearch.search(s.store(), query, filter.build(), limit);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q);
    out.put("cohortId", cohort);
    out.put("matched", r.matched());
    out.put("results", r.hits());
    Json.write(ctx, out);
  }
}
