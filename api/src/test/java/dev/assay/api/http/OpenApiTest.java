package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI document names exactly the routes the server serves. */
class OpenApiTest {
  @RegisterExtension static final TestServer t = TestServer.start();

  @Test
  void theDocumentListsExactlyTheRegisteredRoutes() {
    TestServer.Response r = t.get("/openapi.json", null);
    assertEquals(200, r.status());
    JsonNode doc = r.json();
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    TreeSet<String> documented = new TreeSet<>();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        JsonNode o = op.getValue();
        assertFalse(o.get("summary").asText().isBlank());
        assertTrue(o.get("x-roles").size() > 0);
        boolean isPublic = o.get("x-roles").get(0).asText().equals("public");
        assertEquals(isPublic, o.get("security").isEmpty(), path.getKey());
        if (!isPublic) {
          assertTrue(o.get("responses").has("401"));
          assertTrue(o.get("responses").has("429"));
        }
        long pathParams = path.getKey().chars().filter(c -> c == '{').count();
        long declared = o.has("parameters") ? o.get("parameters").findValuesAsText("in").stream().filter("path"::equals).count() : 0;
        assertEquals(pathParams, declared, path.getKey());
      }
    }
    assertEquals(new TreeSet<>(t.server.registeredRoutes()), documented);
    assertTrue(documented.size() >= 15);
  }

  @Test
  void everyDocumentedRouteAnswersAsARouteThatExists() {
    JsonNode doc = t.get("/openapi.json", null).json();
    for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
      String concrete = path.getKey().replaceAll("\\{[^}]+}", "x") + (path.getKey().equals("/v1/search") ? "?q=x" : "");
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String method = op.getKey();
        TestServer.Response res =
            switch (method) {
              case "post" -> t.post(concrete, t.admin, "{}");
              case "delete" -> t.delete(concrete, t.admin);
              default -> t.get(concrete, t.admin);
            };
        assertTrue(res.status() != 405, method + " " + concrete + ": " + res);
        if (res.status() == 404) {
          assertFalse(res.json().get("detail").asText().equals("no such resource"), "a route, not a missing one: " + method + " " + concrete);
        }
      }
    }
  }
}
