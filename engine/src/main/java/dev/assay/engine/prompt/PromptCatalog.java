package dev.assay.engine.prompt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.engine.model.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The prompts the engine ships (spec/prompts.md), looked up by id. */
public final class PromptCatalog {
  private final List<Prompt> prompts;

  public PromptCatalog(List<Prompt> prompts) {
    this.prompts = List.copyOf(prompts);
  }

  public static PromptCatalog read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    List<Prompt> out = new ArrayList<>();
    for (JsonNode p : root.path("prompts")) {
      out.add(new Prompt(p.get("id").asText(), ProblemType.fromId(p.get("problemType").asText()), p.get("text").asText()));
    }
    return new PromptCatalog(out);
  }

  public List<Prompt> all() {
    return prompts;
  }

  public Optional<Prompt> find(String id) {
    return prompts.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
