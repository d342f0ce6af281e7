package dev.assay.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.api.Engines;
import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A real server on a random port over a temporary data directory, with an HTTP client and helpers
 * to make keys and requests; closing it stops the server and deletes the directory.
 */
final class TestServer implements AutoCloseable, org.junit.jupiter.api.extension.AfterAllCallback {
  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final Path data;
  final AssayServer server;
  final KeyStore keys;
  final String admin;

  private TestServer(Path data, AssayServer server) {
    this.data = data;
    this.server = server;
    this.keys = KeyStore.open(data);
    this.admin = key(Role.ADMIN, List.of(), null);
  }

  static TestServer start() {
    return start(b -> {}, null);
  }

  static TestServer start(Consumer<ServerConfig.Builder> tweak) {
    return start(tweak, null);
  }

  /** Starts a server with the defaults changed by {@code tweak}, grading with {@code grader} (null: the engine). */
  static TestServer start(Consumer<ServerConfig.Builder> tweak, Grader grader) {
    try {
      Path data = Files.createTempDirectory("assay-http-test");
      ServerConfig.Builder b = ServerConfig.builder(data).port(0).rateBurst(10_000).ratePerSecond(10_000);
      tweak.accept(b);
      var engine = Engines.shared();
      AssayServer s = AssayServer.start(b.build(), engine, grader);
      return new TestServer(data, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates a key and returns its secret. */
  String key(Role role, List<String> cohorts, String candidate) {
    return keys.create(role, cohorts, candidate).secret();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  /** A response: status, headers, body text. */
  record Response(int status, java.net.http.HttpHeaders headers, String body) {
    JsonNode json() {
      try {
        return Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + body, e);
      }
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    String contentType() {
      return header("Content-Type");
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
    }
  }

  Response get(String path, String key) {
    return send(request(path, key).GET().build());
  }

  Response post(String path, String key, String body) {
    return send(request(path, key).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", "application/json").build());
  }

  Response delete(String path, String key) {
    return send(request(path, key).DELETE().build());
  }

  HttpRequest.Builder request(String path, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return b;
  }

  static Response send(HttpRequest r) {
    try {
      HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(res.statusCode(), res.headers(), res.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A submission JSON object with these fields (pairs of name, value). */
  static String submission(String... fields) {
    var n = Json.MAPPER.createObjectNode();
    for (int i = 0; i < fields.length; i += 2) {
      n.put(fields[i], fields[i + 1]);
    }
    return n.toString();
  }

  /** Stops the server after the test class that registered it (as a {@code @RegisterExtension} field). */
  @Override
  public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    server.close();
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
