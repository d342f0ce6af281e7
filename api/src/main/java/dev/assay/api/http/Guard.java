package dev.assay.api.http;

import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Wraps a route's handler with the checks its declaration asks for: a bearer key (401), the key's
 * rate (429), then the route's roles (403). Public routes pass straight through.
 */
final class Guard {
  private final KeyStore keys;
  private final RateLimiter rate;

  Guard(KeyStore keys, RateLimiter rate) {
    this.keys = keys;
    this.rate = rate;
  }

  Handler wrap(Route route) {
    if (route.isPublic()) {
      return ctx -> route.handler().handle(ctx, null);
    }
    String allowed = route.roles().stream().map(r -> r.id()).sorted().collect(Collectors.joining(", "));
    return ctx -> {
      Principal p = authenticate(ctx);
      long wait = rate.acquire(p.keyId());
      if (wait > 0) {
        throw ProblemException.tooManyRequests("ratePerSecond", wait, "this key is over its request rate; retry in " + wait + " s");
      }
      if (!route.roles().contains(p.role())) {
        throw ProblemException.forbidden("this route is for " + allowed + " keys; this key is " + p.role().id());
      }
      route.handler().handle(ctx, p);
    };
  }

  private Principal authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw ProblemException.unauthorized("missing key: send Authorization: Bearer <key>");
    }
    int space = header.indexOf(' ');
    if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
      throw ProblemException.unauthorized("the Authorization header must read Bearer <key>");
    }
    return keys.authenticate(header.substring(space + 1).strip()).orElseThrow(() -> ProblemException.unauthorized("unknown or revoked key"));
  }
}
