package dev.assay.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web pages: static HTML, CSS and JavaScript under {@code /web} on the classpath (so inside the
 * jar), served at the root. They need no key to load; their scripts call the JSON API with the key
 * the person typed, kept in the browser's session storage. The content security policy lets a page
 * load only what this server serves, so nothing comes from elsewhere at run time.
 */
final class WebPages {
  /** The classpath folder holding the pages. */
  static final String DIRECTORY = "/web";

  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
              + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer",
          "Cache-Control", "no-cache");

  private WebPages() {}

  static void install(JavalinConfig cfg) {
    cfg.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = DIRECTORY;
      sf.location = Location.CLASSPATH;
      sf.headers = HEADERS;
    });
  }
}
