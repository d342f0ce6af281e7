package dev.assay.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages as files over HTTP: served without a key, under a policy that lets them load only
 * from this server, referring to nothing elsewhere, every local reference resolving.
 */
class WebAssetsTest {
  static final List<String> PAGES = List.of("/", "/index.html", "/cohort.html", "/search.html", "/evaluation.html");
  @RegisterExtension static final TestServer t = TestServer.start();

  static List<Path> assets() throws IOException, URISyntaxException {
    Path dir = Path.of(WebPages.class.getResource(WebPages.DIRECTORY).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void pagesLoadWithoutAKeyUnderAPolicyThatAllowsOnlyThisServer() {
    for (String page : PAGES) {
      TestServer.Response r = t.get(page, null);
      assertEquals(200, r.status(), page);
      assertTrue(r.contentType().startsWith("text/html"), page + ": " + r.contentType());
      String csp = r.header("Content-Security-Policy");
      assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && !csp.contains("unsafe"), csp);
      assertEquals("nosniff", r.header("X-Content-Type-Options"));
      assertTrue(r.body().contains("<html lang=\"en\">") && r.body().contains("name=\"viewport\""), page);
    }
    assertTrue(t.get("/assay.js", null).contentType().contains("javascript"));
    assertTrue(t.get("/assay.css", null).contentType().startsWith("text/css"));
  }

  @Test
  void theServedFilesAreEveryFileOfTheWebFolder() throws Exception {
    List<String> names = assets().stream().map(f -> f.getFileName().toString()).toList();
    assertEquals(names, WebPages.FILES.stream().sorted().toList());
    for (String name : names) {
      assertEquals(200, t.get("/" + name, null).status(), name);
    }
  }

  @Test
  void aMissingPageIsAProblemLikeAnyOtherMissingResource() {
    TestServer.Response r = t.get("/no-such-page.html", null);
    assertEquals(404, r.status());
    assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
  }

  @Test
  void noAssetRefersToAnotherServerAndEveryLocalReferenceResolves() throws Exception {
    Pattern external = Pattern.compile("(?i)(https?:)?//[a-z0-9-]+(\\.[a-z0-9-]+)+");
    Pattern local = Pattern.compile("(?:src|href)=\"(/[^\"?#]*)");
    List<String> problems = new ArrayList<>();
    List<Path> files = assets();
    assertTrue(files.size() >= 10, files.toString());
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Matcher m = external.matcher(text);
      while (m.find()) {
        if (!m.group().equals("http://www.w3.org")) { // the SVG namespace, a name rather than a place
          problems.add(f.getFileName() + " refers to " + m.group());
        }
      }
      Matcher l = local.matcher(text);
      while (l.find()) {
        int status = t.get(l.group(1), null).status();
        if (status != 200) {
          problems.add(f.getFileName() + " refers to " + l.group(1) + ", which answers " + status);
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
