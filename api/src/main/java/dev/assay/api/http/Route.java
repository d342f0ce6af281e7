package dev.assay.api.http;

import dev.assay.api.auth.Role;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint, declared once: what the OpenAPI document says about it (method, path, summary,
 * roles, parameters, request and response) and the handler Javalin runs for it.
 *
 * @param method HTTP method
 * @param path Javalin path; {@code {name}} path parameters read the same in OpenAPI
 * @param operationId OpenAPI operation id
 * @param summary one line for people
 * @param roles who may call it; empty for a public route (no key)
 * @param query query parameters
 * @param body the request body's media types and schema, or null
 * @param status the success status
 * @param media the success media type
 * @param schema the success schema's name in the document's components, or null
 * @param errors the problem statuses it may answer besides the ones every keyed route may
 * @param handler what runs it
 */
record Route(
    HandlerType method,
    String path,
    String operationId,
    String summary,
    Set<Role> roles,
    List<Param> query,
    Body body,
    int status,
    String media,
    String schema,
    List<Integer> errors,
    ApiHandler handler) {

  private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

  /** A query or path parameter. */
  record Param(String name, String type, boolean required, String description) {}

  /** A request body: the media types accepted and the schema of one item. */
  record Body(List<String> media, String schema, String description) {}

  boolean isPublic() {
    return roles.isEmpty();
  }

  /** The path parameters, in order. */
  List<String> pathParams() {
    List<String> out = new ArrayList<>();
    Matcher m = PATH_PARAM.matcher(path);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static Builder get(String path, String operationId, String summary) {
    return new Builder(HandlerType.GET, path, operationId, summary);
  }

  static Builder post(String path, String operationId, String summary) {
    return new Builder(HandlerType.POST, path, operationId, summary);
  }

  static Builder delete(String path, String operationId, String summary) {
    return new Builder(HandlerType.DELETE, path, operationId, summary);
  }

  /** Declares a route step by step. */
  static final class Builder {
    private final HandlerType method;
    private final String path;
    private final String operationId;
    private final String summary;
    private Set<Role> roles = Set.of();
    private final List<Param> query = new ArrayList<>();
    private Body body;
    private int status = 200;
    private String media = "application/json";
    private String schema;
    private final List<Integer> errors = new ArrayList<>();

    private Builder(HandlerType method, String path, String operationId, String summary) {
      this.method = method;
      this.path = path;
      this.operationId = operationId;
      this.summary = summary;
    }

    Builder roles(Role first, Role... rest) {
      roles = EnumSet.of(first, rest);
      return this;
    }

    Builder query(String name, String type, String description) {
      query.add(new Param(name, type, false, description));
      return this;
    }

    Builder requiredQuery(String name, String type, String description) {
      query.add(new Param(name, type, true, description));
      return this;
    }

    Builder body(String schema, String description, String... media) {
      body = new Body(List.of(media), schema, description);
      return this;
    }

    Builder answers(int status, String media, String schema) {
      this.status = status;
      this.media = media;
      this.schema = schema;
      return this;
    }

    Builder answers(String schema) {
      return answers(200, "application/json", schema);
    }

    Builder errors(Integer... statuses) {
      errors.addAll(List.of(statuses));
      return this;
    }

    Route handler(ApiHandler handler) {
      return new Route(method, path, operationId, summary, Set.copyOf(roles), List.copyOf(query), body, status, media, schema, List.copyOf(errors), handler);
    }
  }
}
