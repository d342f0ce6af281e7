/**
 * The HTTP API: a Javalin server over the store of {@link dev.assay.api.store} and the keys of
 * {@link dev.assay.api.auth}.
 *
 * <p>Start with {@link dev.assay.api.http.Api}, the route table: every endpoint is declared there
 * once, as a {@link dev.assay.api.http.Route} with its method, path, summary, roles, parameters and
 * handler. {@link dev.assay.api.http.AssayServer} registers exactly those routes with Javalin, each
 * wrapped by the {@link dev.assay.api.http.Guard} (bearer key, then the key's rate, then the route's
 * roles), and {@link dev.assay.api.http.OpenApi} writes the OpenAPI document from the same list, so
 * the document cannot drift from the server.
 *
 * <p>Handlers are small: they read parameters ({@link dev.assay.api.http.Params}) and bodies under a
 * size limit ({@link dev.assay.api.http.Bodies}), ask {@link dev.assay.api.http.Access} what the
 * caller may do, call a service, and write JSON. Anything that is not a success is an exception,
 * turned into one {@code application/problem+json} shape in one place, {@link
 * dev.assay.api.http.ErrorMapping} (and {@link dev.assay.api.http.ProblemErrorHandler} for what Jetty
 * refuses before Javalin sees it); a limit exceeded is named in the problem's {@code limit} member,
 * with the name it has in {@link dev.assay.api.http.ServerConfig}.
 *
 * <p>Grading runs on {@link dev.assay.api.http.GradingPool}s: one for single submissions, one for
 * batch items, so a cohort's batch never holds up anyone else. Each has a bounded waiting line (a
 * full one is a 503 with {@code Retry-After}) and a time limit per grading; a grading past the limit
 * is answered at once and its thread is replaced until the engine returns. A submission is
 * acknowledged (201, or a batch item counted done) only once the store has committed it to disk.
 *
 * <p>{@link dev.assay.api.http.WebPages} serves the web pages, static files from the classpath, beside
 * the routes: they load with no key and call these same routes with the key a person types, so the
 * pages can do exactly what the key's role may.
 */
package dev.assay.api.http;
