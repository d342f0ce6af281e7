package dev.assay.api.http;

import dev.assay.api.auth.Principal;
import io.javalin.http.Context;

/** A handler that is told who is calling: null on public routes, an authenticated principal otherwise. */
@FunctionalInterface
interface ApiHandler {
  void handle(Context ctx, Principal caller) throws Exception;
}
