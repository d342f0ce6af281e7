package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as shipped: it loads the rules compiled at build time, stays quiet, and serves the web pages it carries. */
class PackagedJarIT {
  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run java(String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("assay.jar", "target/assay.jar");
    assertTrue(Files.isRegularFile(Path.of(jar)), "no jar at " + jar);
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("assay-out", ".txt");
    Path err = Files.createTempFile("assay-err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      p.destroyForcibly();
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void loadsTheRulesPrecompiledAtBuildTime() throws Exception {
    Run r = java("info");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("precompiled executable model"), r.out());
    assertEquals("", r.err(), "the jar must not log");
  }

  @Test
  void gradesFromStandardInputQuietly() throws Exception {
    Path answer = dir.resolve("a.md");
    Files.writeString(answer, new String(PackagedJarIT.class.getResourceAsStream("/answer.md").readAllBytes(), StandardCharsets.UTF_8));
    Run r = java("grade", "--prompt", "payment-fraud", "--format", "text", answer.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().startsWith("Score "), r.out());
  }

  @Test
  void compilesARulePackAtRunTimeQuietly() throws Exception {
    Run r = java("grade", "--prompt", "ad-click-prediction", "--rule-pack", Path.of("..", "examples", "rule-packs", "privacy").toString(), "--format", "text",
        Path.of("..", "rules", "src", "test", "resources", "calibration", "cal-05.md").toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.err(), "compiling a pack must not log");
    assertTrue(r.out().contains("violated  requirements.constraints"), r.out());
  }

  @Test
  void servesTheWebPagesFromInsideTheJar() throws Exception {
    String jar = System.getProperty("assay.jar", "target/assay.jar");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar, "serve", "--port", "0", "--data",
        dir.resolve("data").toString());
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(180_000);
        p.destroyForcibly(); // a server that never says where it listens must not hang the build
      } catch (InterruptedException e) {
        // the test finished first
      }
    });
    watchdog.setDaemon(true);
    watchdog.start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
      String port = null;
      while (port == null) {
        String line = out.readLine();
        if (line == null) {
          break;
        }
        Matcher m = listening.matcher(line);
        if (m.find()) {
          port = m.group(1);
        }
      }
      assertTrue(port != null, "serve never said where it listens");
      HttpClient client = HttpClient.newHttpClient();
      for (String page : List.of("/", "/cohort.html", "/search.html", "/evaluation.html", "/assay.js", "/assay.css")) {
        HttpResponse<String> r =
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), page);
      }
      HttpResponse<String> index =
          client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertTrue(index.body().contains("<h1>Grade an answer</h1>"), index.body());
    } finally {
      watchdog.interrupt();
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop");
    }
  }

  @Test
  void exitsWithTwoAndOneLineOnBadInput() throws Exception {
    Path empty = dir.resolve("e.md");
    Files.writeString(empty, "");
    Run r = java("grade", empty.toString());
    assertEquals(2, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
