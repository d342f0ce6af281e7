package dev.assay.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.SubmissionParser;
import dev.assay.api.auth.Principal;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Starting a batch (a JSON array of submissions, or JSON lines) and following it. A malformed item
 * fails alone, as a line of {@code grade-batch} does; an item naming a cohort or candidate the key
 * does not cover refuses the whole batch.
 */
final class BatchHandlers {
  private final Services s;

  BatchHandlers(Services s) {
    this.s = s;
  }

  void create(Context ctx, Principal p) {
    String body = Bodies.text(ctx, s.config().maxBatchBodyBytes(), "maxBatchBodyBytes");
    List<Object> raw = items(body);
    if (raw.isEmpty()) {
      throw ProblemException.badRequest(null, "the batch holds no submissions");
    }
    if (raw.size() > s.config().maxBatchItems()) {
      throw ProblemException.tooLarge(null, "maxBatchItems", "the batch holds " + raw.size() + " submissions, over the limit of " + s.config().maxBatchItems());
    }
    List<Batches.Entry> entries = new ArrayList<>();
    for (Object item : raw) {
      entries.add(entry(p, item));
    }
    Batch b = s.batches().start(p, entries);
    ctx.header("Location", "/v1/batches/" + b.id());
    Json.write(ctx, 202, b.view());
  }

  void get(Context ctx, Principal p) {
    Batch b = s.batches().get(p, ctx.pathParam("id")).orElseThrow(() -> ProblemException.notFound("no such batch"));
    Json.write(ctx, b.view());
  }

  /** The items: JSON trees from an array, or the text of each non-blank line. */
  private static List<Object> items(String body) {
    String t = body.stripLeading();
    List<Object> out = new ArrayList<>();
    if (t.startsWith("[")) {
      JsonNode arr = SubmissionParser.readTree(body);
      arr.forEach(out::add);
      return out;
    }
    for (String line : body.split("\r?\n")) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  private Batches.Entry entry(Principal p, Object item) {
    try {
      var sub = item instanceof JsonNode n ? SubmissionParser.parse(n) : SubmissionParser.parse((String) item);
      return new Batches.Entry(s.submissions().admit(p, sub), null);
    } catch (SubmissionParser.InvalidJsonException e) {
      return new Batches.Entry(null, ProblemException.badRequest(e.field(), e.getMessage()).problem());
    } catch (ProblemException e) {
      if (e.problem().status() == 403) {
        throw e;
      }
      return new Batches.Entry(null, e.problem());
    }
  }
}
