package dev.assay.api;

import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.Role;
import dev.assay.api.http.AssayServer;
import dev.assay.api.http.ServerConfig;
import dev.assay.engine.Assay;
import dev.assay.engine.bench.BenchCorpus;
import dev.assay.engine.json.EvaluationJson;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assay warm-up} (hidden): runs every path a user's first command takes, grading the bundled
 * answers in each output format and one evaluation through a throw-away HTTP server, so that a JVM
 * started with {@code -XX:ArchiveClassesAtExit} archives all the classes they need. {@code
 * bin/assay} runs it once to make its class-data-sharing archive.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise grading and serving once (to record a class-data-sharing archive).")
final class WarmUpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Assay assay = Engines.shared();
    List<Submission> answers = BenchCorpus.bundled();
    int graded = 0;
    for (Submission s : answers) {
      Evaluation e = assay.grade(s);
      EvaluationJson.compact(e);
      EvaluationJson.write(e);
      Reports.text(s.answer(), e);
      Reports.markdown(s.answer(), e);
      graded++;
    }
    assay.analyse(answers.get(0));
    Path dir = Files.createTempDirectory("assay-warm-up");
    try {
      KeyStore keys = KeyStore.open(dir);
      String key = keys.create(Role.ADMIN, List.of(), null).secret();
      try (AssayServer server = AssayServer.start(ServerConfig.builder(dir).host("127.0.0.1").port(0).build(), assay)) {
        String body = SubmissionParser.mapper().createObjectNode()
            .put("answer", answers.get(0).answer()).put("promptId", answers.get(0).promptId())
            .put("candidateId", "warm-up").put("cohortId", "warm-up").toString();
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/evaluations"))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
          throw new IllegalStateException("warm-up evaluation answered " + r.statusCode() + ": " + r.body());
        }
      }
    } finally {
      deleteTree(dir);
    }
    spec.commandLine().getOut().println("warmed up: " + graded + " answers graded, one evaluation served");
    return 0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
