package dev.assay.api.http;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.assay.api.store.StoredEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A stored evaluation as the API answers it: the contract's evaluation object with {@code id},
 * {@code createdAt}, {@code candidateId}, {@code cohortId} and {@code externalId} first, the stored
 * evaluation bytes following unchanged.
 */
final class EvaluationView {
  private EvaluationView() {}

  static byte[] bytes(StoredEvaluation s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.evaluationJson().length() + 200);
    try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("createdAt", s.createdAt().toString());
      g.writeStringField("candidateId", s.candidateId());
      g.writeStringField("cohortId", s.cohortId());
      g.writeStringField("externalId", s.externalId());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String meta = out.toString(StandardCharsets.UTF_8);
    String ev = s.evaluationJson();
    String body = ev.equals("{}") ? meta : meta.substring(0, meta.length() - 1) + "," + ev.substring(1);
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
