package dev.assay.api.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.assay.engine.score.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every version of every rubric stored under {@code DATA/rubrics/ID/VERSION.json}: storing a new
 * version keeps the old ones, so an evaluation can always be traced to the rubric it was graded
 * with. A stored version never changes: storing the same id and version again with other content is
 * a conflict, and so is a version that is not above the latest (versions compare number by number:
 * 1.10.0 is above 1.9.2).
 */
public final class RubricVersions {
  /** The folder under the data directory. */
  public static final String FOLDER = "rubrics";

  private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** One stored version. */
  public record Version(String version, Instant storedAt, boolean latest) {}

  /** What storing did: stored a new version, or found the very same one already there. */
  public record Stored(Rubric rubric, boolean created) {}

  private final Path dir;

  private RubricVersions(Path dir) {
    this.dir = dir;
  }

  public static RubricVersions open(Path dataDir) {
    return new RubricVersions(dataDir.resolve(FOLDER));
  }

  /**
   * Stores a version of a rubric (read by {@link RubricIntake}, so its id and version are safe
   * file names).
   *
   * @throws RubricConflictException when this id and version hold other content, or a later version is stored
   */
  public synchronized Stored store(JsonNode json, Rubric rubric) {
    Path file = file(rubric.id(), rubric.version());
    Optional<JsonNode> existing = read(file);
    if (existing.isPresent()) {
      if (existing.get().equals(json)) {
        return new Stored(rubric, false);
      }
      throw new RubricConflictException(
          "rubric " + rubric.id() + " " + rubric.version() + " is already stored with other content; a stored version never changes: give this one a new version");
    }
    Optional<String> latest = latestVersion(rubric.id());
    if (latest.isPresent() && compare(rubric.version(), latest.get()) <= 0) {
      throw new RubricConflictException(
          "rubric " + rubric.id() + " is at version " + latest.get() + "; a new version must come after it, e.g. " + next(latest.get()));
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
      Files.writeString(tmp, PRETTY.writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
      try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        c.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store rubric " + rubric.id() + " " + rubric.version(), e);
    }
    return new Stored(rubric, true);
  }

  /** The stored versions of a rubric, oldest first; empty when none is stored. */
  public synchronized List<Version> versions(String id) {
    List<String> vs = versionNames(id);
    List<Version> out = new ArrayList<>();
    for (int i = 0; i < vs.size(); i++) {
      Path f = file(id, vs.get(i));
      Instant at;
      try {
        at = Files.getLastModifiedTime(f).toInstant();
      } catch (IOException e) {
        at = Instant.EPOCH;
      }
      out.add(new Version(vs.get(i), at, i == vs.size() - 1));
    }
    return out;
  }

  /** One stored version's JSON, if it is stored. */
  public synchronized Optional<JsonNode> get(String id, String version) {
    if (!RubricIntake.ID.matcher(id).matches() || !RubricIntake.VERSION.matcher(version).matches()) {
      return Optional.empty();
    }
    return read(file(id, version));
  }

  /** The latest stored version of each rubric, read; a stored file that no longer reads is skipped and named in {@code skipped}. */
  public synchronized Map<String, Rubric> latest(List<String> skipped, dev.assay.engine.score.RubricValidator validator) {
    Map<String, Rubric> out = new LinkedHashMap<>();
    for (String id : ids()) {
      Optional<String> v = latestVersion(id);
      if (v.isEmpty()) {
        continue;
      }
      try {
        out.put(id, RubricIntake.read(read(file(id, v.get())).orElseThrow(), validator));
      } catch (RuntimeException e) {
        skipped.add(file(id, v.get()) + ": " + e.getMessage());
      }
    }
    return out;
  }

  private List<String> ids() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> RubricIntake.ID.matcher(n).matches()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<String> latestVersion(String id) {
    List<String> vs = versionNames(id);
    return vs.isEmpty() ? Optional.empty() : Optional.of(vs.get(vs.size() - 1));
  }

  private List<String> versionNames(String id) {
    Path d = dir.resolve(id);
    if (!RubricIntake.ID.matcher(id).matches() || !Files.isDirectory(d)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(d)) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json") && !n.startsWith("."))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .filter(v -> RubricIntake.VERSION.matcher(v).matches())
          .sorted(RubricVersions::compare)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String id, String version) {
    return dir.resolve(id).resolve(version + ".json");
  }

  private static Optional<JsonNode> read(Path file) {
    try {
      return Optional.of(RubricIntake.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares versions part by part (split at '.', '-' and '+'), numbers as numbers. */
  static int compare(String a, String b) {
    String[] x = a.split("[.+-]");
    String[] y = b.split("[.+-]");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      boolean xn = x[i].matches("\\d{1,18}");
      boolean yn = y[i].matches("\\d{1,18}");
      if (xn && yn) {
        c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      } else if (xn != yn) {
        c = xn ? 1 : -1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length) != 0 ? Integer.compare(x.length, y.length) : a.compareTo(b);
  }

  private static String next(String version) {
    String[] parts = version.split("\\.");
    String last = parts[parts.length - 1];
    if (last.matches("\\d{1,9}")) {
      parts[parts.length - 1] = Integer.toString(Integer.parseInt(last) + 1);
      return String.join(".", parts);
    }
    return version + ".1";
  }
}
