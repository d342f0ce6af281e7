package dev.assay.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.SubmissionParser;
import dev.assay.api.auth.Principal;
import dev.assay.engine.pack.PackManifest;
import dev.assay.engine.pack.RulePack;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loading, listing and removing rule packs. A pack is DRL, and DRL can run any Java on the server,
 * so only admin keys load or remove one.
 */
final class PackHandlers {
  private final Services s;

  PackHandlers(Services s) {
    this.s = s;
  }

  /** A loaded pack as listed. */
  record PackView(String id, String version, String title, List<String> criteria, List<String> rules, int maxFirings, long timeLimitMs, List<String> files) {
    static PackView of(RulePack p) {
      PackManifest m = p.manifest();
      return new PackView(p.id(), p.version(), m.title(), m.criteria(), p.ruleIds(), m.maxFirings(), m.timeLimitMs(), List.copyOf(new TreeMap<>(p.files()).keySet()));
    }
  }

  void list(Context ctx, Principal p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rulePacks", s.packs().current().packs().stream().map(PackView::of).toList());
    out.put("refusedAtStart", s.packs().refused());
    Json.write(ctx, out);
  }

  /** Body: {@code {"manifest": {...pack.json...}, "files": {"name.drl": "DRL text", ...}}}. */
  void create(Context ctx, Principal p) {
    JsonNode body = SubmissionParser.readTree(Bodies.text(ctx, s.config().maxBodyBytes(), "maxBodyBytes"));
    if (!body.isObject()) {
      throw ProblemException.badRequest(null, "expected a JSON object with manifest and files");
    }
    for (Map.Entry<String, JsonNode> f : body.properties()) {
      if (!f.getKey().equals("manifest") && !f.getKey().equals("files")) {
        throw ProblemException.badRequest(f.getKey(), f.getKey() + ": unknown field; known fields: [files, manifest]");
      }
    }
    JsonNode manifest = body.get("manifest");
    if (manifest == null || !manifest.isObject()) {
      throw ProblemException.badRequest("manifest", "manifest: expected the pack.json object");
    }
    JsonNode files = body.get("files");
    if (files == null || !files.isObject()) {
      throw ProblemException.badRequest("files", "files: expected an object from DRL file name to its text");
    }
    Map<String, String> drl = new TreeMap<>();
    for (Map.Entry<String, JsonNode> f : files.properties()) {
      if (!f.getValue().isTextual()) {
        throw ProblemException.badRequest("files", "files." + f.getKey() + ": expected the file's DRL text as a string");
      }
      drl.put(f.getKey(), f.getValue().asText());
    }
    RulePack pack = s.packs().add(manifest, drl);
    ctx.header("Location", "/v1/rule-packs/" + pack.id());
    Json.write(ctx, 201, PackView.of(pack));
  }

  void delete(Context ctx, Principal p) {
    if (!s.packs().remove(ctx.pathParam("id"))) {
      throw ProblemException.notFound("no rule pack '" + ctx.pathParam("id") + "'");
    }
    ctx.status(204);
  }
}
