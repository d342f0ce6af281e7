package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar as shipped: it loads the rules compiled at build time and stays quiet. */
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
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
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
  void exitsWithTwoAndOneLineOnBadInput() throws Exception {
    Path empty = dir.resolve("e.md");
    Files.writeString(empty, "");
    Run r = java("grade", empty.toString());
    assertEquals(2, r.status());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
