package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import dev.assay.engine.Assay;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.RubricFiles;
import dev.assay.engine.score.RubricValidator;
import dev.assay.engine.score.RubricWriter;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * Rubrics posted over HTTP: validated by the same {@link RubricValidator} as {@code assay rubric
 * validate} (a 422 problem lists every fault with its JSON path), then graded with by id. A posted
 * rubric reads no files: model answers are given inline.
 */
final class RubricHandlers {
  private final Services s;
  private final byte[] schema;

  RubricHandlers(Services s) {
    this.s = s;
    this.schema = RubricValidator.schemaText().getBytes(StandardCharsets.UTF_8);
  }

  void create(Context ctx, Principal p) {
    String body = Bodies.text(ctx, s.config().maxBodyBytes(), "maxBodyBytes");
    Rubric rubric = parse(body);
    if (rubric.id().equals(Assay.DEFAULT_RUBRIC)) {
      throw ProblemException.conflict("id", "id: '" + Assay.DEFAULT_RUBRIC + "' is the built-in rubric and cannot be replaced; give your copy its own id");
    }
    s.engine().addRubric(rubric);
    ctx.header("Location", "/v1/rubrics/" + rubric.id());
    Json.write(ctx, 201, RubricWriter.toTree(rubric));
  }

  /**
   * Reads and validates a posted rubric: the one place an incoming rubric is checked.
   *
   * @throws dev.assay.engine.score.InvalidRubricException listing every problem
   */
  Rubric parse(String body) {
    return s.engine().validator().read(body, RubricFiles.none());
  }

  void schema(Context ctx, Principal p) {
    ctx.contentType("application/schema+json").result(schema);
  }
}
