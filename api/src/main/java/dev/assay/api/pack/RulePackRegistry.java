package dev.assay.api.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.assay.engine.pack.PackManifest;
import dev.assay.engine.pack.PackProblem;
import dev.assay.engine.pack.PackSet;
import dev.assay.engine.pack.RulePack;
import dev.assay.engine.pack.RulePackCompiler;
import dev.assay.engine.pack.RulePackException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The rule packs a server (or a {@code regrade}) grades with: those of a folder named on the
 * command line and those loaded over HTTP, which are kept under {@code DATA/rule-packs/ID/} so they
 * survive a restart. Gradings take the {@link #current()} set when they start; loading or removing a
 * pack swaps in a new set. A pack that does not compile is refused and listed, and everything else
 * goes on.
 */
public final class RulePackRegistry {
  /** The folder under the data directory holding the packs loaded over HTTP. */
  public static final String FOLDER = "rule-packs";

  private static final ObjectMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** A pack refused at start-up: where it was and why. */
  public record Refusal(String origin, List<PackProblem> problems) {
    @Override
    public String toString() {
      return "rule pack " + origin + " refused: " + String.join("; ", problems.stream().map(PackProblem::toString).toList());
    }
  }

  private final Path stored;
  /** The engine's rule ids, asked for only when a pack is loaded (the rule base may still be loading). */
  private final Supplier<Set<String>> builtInRuleIds;
  private final List<Refusal> refused = new ArrayList<>();
  private volatile PackSet current = PackSet.EMPTY;

  private RulePackRegistry(Path stored, Supplier<Set<String>> builtInRuleIds) {
    this.stored = stored;
    this.builtInRuleIds = builtInRuleIds;
  }

  /**
   * Loads the packs of a folder given on the command line (null for none), then those stored under
   * the data directory (null for none); a pack of an id already loaded replaces it.
   *
   * @param builtInRuleIds the engine's rule ids, which no pack may reuse
   */
  public static RulePackRegistry open(Path dataDir, Path folder, Set<String> builtInRuleIds) {
    Set<String> ids = Set.copyOf(builtInRuleIds);
    return open(dataDir, folder, () -> ids);
  }

  /**
   * As {@link #open(Path, Path, Set)}, with the engine's rule ids asked for only once a pack is
   * there to check against them: a server with no packs need not wait for its rule base to load.
   */
  public static RulePackRegistry open(Path dataDir, Path folder, Supplier<Set<String>> builtInRuleIds) {
    RulePackRegistry r = new RulePackRegistry(dataDir == null ? null : dataDir.resolve(FOLDER), builtInRuleIds);
    if (folder != null) {
      if (!Files.isDirectory(folder)) {
        r.refused.add(new Refusal(folder.toString(), List.of(PackProblem.of(null, Files.exists(folder) ? "not a folder" : "no such folder"))));
      } else {
        r.loadAll(folder);
      }
    }
    if (r.stored != null && Files.isDirectory(r.stored)) {
      r.loadAll(r.stored);
    }
    return r;
  }

  /** A pack folder, or a folder of pack folders. */
  private void loadAll(Path folder) {
    if (Files.exists(folder.resolve(PackManifest.FILE))) {
      loadOne(folder);
      return;
    }
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
        loadOne(p);
      }
    } catch (IOException e) {
      refused.add(new Refusal(folder.toString(), List.of(PackProblem.of(null, "cannot list the folder: " + e.getMessage()))));
    }
  }

  private void loadOne(Path dir) {
    try {
      current = current.with(RulePackCompiler.load(dir), builtInRuleIds.get());
    } catch (RulePackException e) {
      refused.add(new Refusal(dir.toString(), e.problems()));
    }
  }

  /** The packs to grade with now. */
  public PackSet current() {
    return current;
  }

  /** The packs refused at start-up. */
  public List<Refusal> refused() {
    return List.copyOf(refused);
  }

  /**
   * Compiles a pack and loads it, replacing a pack of the same id, and keeps it under the data
   * directory.
   *
   * @throws RulePackException with every problem when it is refused; nothing changes then
   */
  public synchronized RulePack add(JsonNode manifest, Map<String, String> files) {
    RulePack pack = RulePackCompiler.compile("'" + manifest.path("id").asText("?") + "'", manifest, files);
    PackSet next = current.with(pack, builtInRuleIds.get());
    if (stored != null) {
      persist(pack, manifest);
    }
    current = next;
    return pack;
  }

  /** Unloads a pack and forgets it if it was kept under the data directory; false if there is none. */
  public synchronized boolean remove(String id) {
    Optional<RulePack> pack = current.find(id);
    if (pack.isEmpty()) {
      return false;
    }
    current = current.without(id);
    if (stored != null) {
      deleteTree(stored.resolve(id));
    }
    return true;
  }

  private void persist(RulePack pack, JsonNode manifest) {
    try {
      Files.createDirectories(stored);
      Path tmp = stored.resolve("." + pack.id() + "-" + UUID.randomUUID());
      Files.createDirectories(tmp);
      Files.writeString(tmp.resolve(PackManifest.FILE), PRETTY.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
      for (Map.Entry<String, String> f : pack.files().entrySet()) {
        Files.writeString(tmp.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      Path target = stored.resolve(pack.id());
      deleteTree(target);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep rule pack " + pack.id() + " under " + stored, e);
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
