package dev.assay.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.auth.Principal;
import dev.assay.api.rubric.Regrader;
import dev.assay.api.rubric.RubricIntake;
import dev.assay.api.rubric.RubricVersions;
import dev.assay.engine.Assay;
import dev.assay.engine.InvalidSubmissionException;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.RubricValidator;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Storing rubric versions, listing and reading them, and re-grading a cohort with a rubric: as a
 * dry run that stores nothing, or for real.
 */
final class RubricHandlers {
  /** Rubrics shipped with the engine: read only, an instructor stores a copy under an id of their own. */
  static final Set<String> BUILT_IN = Set.of(Assay.DEFAULT_RUBRIC);

  private final Services s;
  private final byte[] schema;

  RubricHandlers(Services s) {
    this.s = s;
    this.schema = RubricValidator.schemaText().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads and checks a rubric from outside, with the same validator as {@code assay rubric
   * validate}.
   *
   * @throws dev.assay.engine.score.InvalidRubricException naming every problem with its JSON path
   */
  Rubric intake(JsonNode json) {
    return RubricIntake.read(json, s.engine().validator());
  }

  /** The published JSON schema of rubric files. */
  void schema(Context ctx, Principal p) {
    ctx.contentType("application/schema+json").result(schema);
  }

  void create(Context ctx, Principal p) {
    JsonNode json = RubricIntake.parse(Bodies.text(ctx, s.config().maxBodyBytes(), "maxBodyBytes"));
    Rubric r = intake(json);
    RubricVersions.Stored stored = store(json, r);
    ctx.header("Location", "/v1/rubrics/" + r.id() + "/versions/" + r.version());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", r.id());
    out.put("version", r.version());
    out.put("created", stored.created());
    out.put("versions", s.rubricVersions().versions(r.id()));
    Json.write(ctx, stored.created() ? 201 : 200, out);
  }

  private RubricVersions.Stored store(JsonNode json, Rubric r) {
    if (BUILT_IN.contains(r.id())) {
      throw ProblemException.conflict("id", "rubric " + r.id() + " is built in and read only: store your copy under an id of your own");
    }
    RubricVersions.Stored stored = s.rubricVersions().store(json, r);
    if (stored.created()) {
      s.engine().addRubric(r);
    }
    return stored;
  }

  void versions(Context ctx, Principal p) {
    String id = ctx.pathParam("id");
    List<RubricVersions.Version> versions = s.rubricVersions().versions(id);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    if (BUILT_IN.contains(id)) {
      out.put("builtIn", true);
      out.put("versions", List.of(new RubricVersions.Version(s.engine().rubric(id).version(), null, true)));
    } else if (versions.isEmpty()) {
      throw ProblemException.notFound("no stored rubric '" + id + "'");
    } else {
      out.put("builtIn", false);
      out.put("versions", versions);
    }
    Json.write(ctx, out);
  }

  void version(Context ctx, Principal p) {
    JsonNode json =
        s.rubricVersions()
            .get(ctx.pathParam("id"), ctx.pathParam("version"))
            .orElseThrow(() -> ProblemException.notFound("no stored version " + ctx.pathParam("version") + " of rubric '" + ctx.pathParam("id") + "'"));
    Json.write(ctx, json);
  }

  void dryRun(Context ctx, Principal p) {
    regrade(ctx, p, false);
  }

  void apply(Context ctx, Principal p) {
    regrade(ctx, p, true);
  }

  /**
   * Re-grades a cohort with the rubric of the body, or with the latest version of the path's rubric
   * when the body is empty; applying first stores the body's rubric as a new version.
   */
  private void regrade(Context ctx, Principal p, boolean apply) {
    String id = ctx.pathParam("id");
    String cohort = Params.string(ctx, "cohortId");
    if (cohort == null) {
      throw ProblemException.badRequest("cohortId", "cohortId: missing: name the cohort whose answers to re-grade");
    }
    Access.checkCohort(p, cohort);
    String body = Bodies.text(ctx, s.config().maxBodyBytes(), "maxBodyBytes");
    Rubric rubric;
    if (body.isBlank()) {
      try {
        rubric = s.engine().rubric(id);
      } catch (InvalidSubmissionException e) {
        throw ProblemException.notFound("no rubric '" + id + "': send the proposed rubric as the body");
      }
    } else {
      JsonNode json = RubricIntake.parse(body);
      rubric = intake(json);
      if (!rubric.id().equals(id)) {
        throw ProblemException.badRequest("id", "id: the rubric's id '" + rubric.id() + "' is not the one in the path, '" + id + "'");
      }
      if (apply) {
        store(json, rubric);
      }
    }
    Regrader.Report report =
        Regrader.run(s.engine(), s.packs().current(), s.store(), rubric, cohort, apply, p.keyId(), s.config().maxBatchItems());
    Json.write(ctx, report);
  }
}
