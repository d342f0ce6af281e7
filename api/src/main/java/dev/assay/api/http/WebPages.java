package dev.assay.api.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The web pages: static HTML, CSS and JavaScript under {@code /web} on the classpath (so inside the
 * jar), served at the root. They need no key to load; their scripts call the JSON API with the key
 * the person typed, kept in the browser's session storage. The content security policy lets a page
 * load only what this server serves, so nothing comes from elsewhere at run time.
 *
 * <p>The files are copied out of the jar into a temporary folder when the server starts and served
 * from there. Served from the classpath, Jetty mounts the whole jar as a zip file system, whose
 * index of the jar's ~64,000 entries kept about 70 MB of heap alive for the server's lifetime.
 */
final class WebPages {
  /** The classpath folder holding the pages. */
  static final String DIRECTORY = "/web";

  /** Every file in {@link #DIRECTORY} ({@code WebAssetsTest} checks the list is complete). */
  static final List<String> FILES =
      List.of(
          "assay.css", "assay.js", "cohort.html", "cohort.js", "evaluation.html", "evaluation.js",
          "grade.js", "index.html", "search.html", "search.js");

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
    Path dir = extract();
    cfg.staticFiles.add(sf -> {
      sf.hostedPath = "/";
      sf.directory = dir.toString();
      sf.location = Location.EXTERNAL;
      sf.headers = HEADERS;
    });
  }

  /** Copies the pages into a new temporary folder, deleted when the JVM exits. */
  private static Path extract() {
    try {
      Path dir = Files.createTempDirectory("assay-web");
      dir.toFile().deleteOnExit();
      for (String name : FILES) {
        Path target = dir.resolve(name);
        try (InputStream in = WebPages.class.getResourceAsStream(DIRECTORY + "/" + name)) {
          if (in == null) {
            throw new IllegalStateException("web page " + name + " is missing from the classpath");
          }
          Files.copy(in, target);
        }
        target.toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the web pages to a temporary folder", e);
    }
  }
}
