package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assay serve} as a real process: it prints its first admin key and its port, stays quiet,
 * and loses nothing it acknowledged when killed with SIGKILL in the middle of a load.
 */
class ServeProcessTest {
  private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir Path data;

  /** A child JVM running {@code assay serve}, with what it printed before it began listening. */
  record Child(Process process, int port, List<String> lines, Path err) {}

  private Child serve(String name) throws IOException {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path err = data.resolveSibling(data.getFileName() + "-" + name + ".err");
    ProcessBuilder pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", cp, Main.class.getName(), "serve",
                "--port", "0", "--data", data.toString(), "--workers", "2", "--queue", "256", "--rate", "10000", "--burst", "10000")
            .redirectError(err.toFile());
    Process p = pb.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String line = out.readLine();
      if (line == null) {
        throw new AssertionError("serve exited early: " + lines + " " + Files.readString(err));
      }
      lines.add(line);
      Matcher m = LISTENING.matcher(line);
      if (m.matches()) {
        return new Child(p, Integer.parseInt(m.group(1)), lines, err);
      }
    }
    p.destroyForcibly();
    throw new AssertionError("serve did not listen in time: " + lines);
  }

  private static HttpResponse<String> send(HttpRequest r) throws IOException, InterruptedException {
    return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder request(Child c, String path, String key) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + c.port() + path)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key);
  }

  @Test
  void aKilledServerKeepsEveryEvaluationItAcknowledged() throws Exception {
    Child first = serve("first");
    assertEquals(2, first.lines().size(), "two lines: " + first.lines());
    assertTrue(first.lines().get(0).matches("admin key: ak_[A-Za-z0-9_-]{43}"), first.lines().get(0));
    String admin = first.lines().get(0).substring("admin key: ".length());

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger sent = new AtomicInteger();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int i = 0; i < threads; i++) {
      int worker = i;
      pool.submit(() -> {
        for (int n = 0; !stop.get(); n++) {
          String body = "{\"answer\": \"Worker " + worker + " answer " + n + ": we rank with a two-tower model, measure NDCG offline and watch time online, and retrain weekly.\", \"candidateId\": \"w" + worker + "\", \"cohortId\": \"load\"}";
          try {
            sent.incrementAndGet();
            HttpResponse<String> r = send(request(first, "/v1/evaluations", admin).POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (r.statusCode() == 201) {
              Matcher m = Pattern.compile("\"id\":\"(ev_[0-9a-f]+)\"").matcher(r.body());
              assertTrue(m.find());
              acknowledged.add(m.group(1));
            }
          } catch (IOException e) {
            return null; // the server died under us: what was not acknowledged may be lost
          }
        }
        return null;
      });
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (acknowledged.size() < 60 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    first.process().destroyForcibly();
    assertTrue(first.process().waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, first.process().exitValue(), "killed by SIGKILL");
    stop.set(true);
    pool.shutdown();
    assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    Set<String> acked = Set.copyOf(acknowledged);
    assertTrue(acked.size() >= 60, "enough load before the kill: " + acked.size());
    assertTrue(sent.get() > acked.size(), "requests were in flight when it died");
    assertEquals("", Files.readString(first.err()), "nothing on standard error");

    Child second = serve("second");
    try {
      assertEquals(1, second.lines().size(), "no new admin key once keys exist: " + second.lines());
      for (String id : acked) {
        HttpResponse<String> r = send(request(second, "/v1/evaluations/" + id, admin).GET().build());
        assertEquals(200, r.statusCode(), id + ": " + r.body());
      }
      HttpResponse<String> page = send(request(second, "/v1/cohorts/load/report", admin).GET().build());
      assertEquals(200, page.statusCode());
      Matcher m = Pattern.compile("\"evaluations\":(\\d+)").matcher(page.body());
      assertTrue(m.find());
      int stored = Integer.parseInt(m.group(1));
      assertTrue(stored >= acked.size(), "stored " + stored + ", acknowledged " + acked.size());
      HttpResponse<String> post =
          send(request(second, "/v1/evaluations", admin).POST(HttpRequest.BodyPublishers.ofString("{\"answer\": \"We start with a rules baseline.\"}")).build());
      assertEquals(201, post.statusCode(), "the reopened index takes writes");
      System.out.printf("kill -9 after %d acknowledged of %d sent; %d stored after restart%n", acked.size(), sent.get(), stored);
    } finally {
      second.process().destroy();
      assertTrue(second.process().waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(143, second.process().exitValue(), "stopped by TERM, after its shutdown hook closed the index");
    assertEquals("", Files.readString(second.err()), "nothing on standard error");
    try (var dir = org.apache.lucene.store.FSDirectory.open(data.resolve("index"));
        var check = new org.apache.lucene.index.CheckIndex(dir)) {
      check.setInfoStream(null);
      assertTrue(check.checkIndex().clean, "Lucene's CheckIndex finds the index clean");
    }
  }
}
