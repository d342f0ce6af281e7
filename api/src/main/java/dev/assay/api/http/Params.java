package dev.assay.api.http;

import io.javalin.http.Context;

/** Reads query parameters strictly: a malformed one is a 400 naming it. */
final class Params {
  private Params() {}

  /** The parameter's value, or null when it is absent or empty. */
  static String string(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isEmpty() ? null : v;
  }

  /** A page size: absent gives the default; it must be 1 to {@code max}. */
  static int limit(Context ctx, int def, int max) {
    String v = string(ctx, "limit");
    if (v == null) {
      return Math.min(def, max);
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest("limit", "limit: expected a whole number, got '" + clip(v) + "'");
    }
    if (n < 1) {
      throw ProblemException.badRequest("limit", "limit: must be at least 1");
    }
    if (n > max) {
      throw ProblemException.badRequest("limit", "limit: " + n + " is over the limit of " + max).withLimit("maxPageSize");
    }
    return n;
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "\u2026";
  }
}
