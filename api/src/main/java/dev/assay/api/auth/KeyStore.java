package dev.assay.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The keys of one data directory, in {@code keys.json}: hashes, roles and scopes, never secrets.
 *
 * <p>Every change re-reads the file under an exclusive lock on {@code keys.lock}, so a command line
 * and a running server never lose each other's changes; the file is replaced atomically (written to a
 * temporary file, forced to disk, moved over the old one), so a crash leaves either the old or the
 * new file. {@link #authenticate(String)} re-reads the file when it changed on disk, so a revoked key
 * stops working on the next request.
 */
public final class KeyStore {
  /** The file holding the keys, relative to the data directory. */
  public static final String FILE = "keys.json";

  private static final int MAX_ID_CHARS = 200;
  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Path file;
  private final Path lockFile;
  private volatile Snapshot snapshot;

  /** The keys as last read, indexed by hash, with the file identity they were read from. */
  private record Snapshot(List<ApiKey> keys, Map<String, ApiKey> byHash, Object fileKey, long modified, long size) {}

  /** A key just created: the secret, to be shown once, and what is stored. */
  public record Created(String secret, ApiKey key) {}

  private KeyStore(Path dataDir) {
    this.file = dataDir.resolve(FILE);
    this.lockFile = dataDir.resolve("keys.lock");
  }

  /** Opens (creating the directory if needed) the key store of a data directory. */
  public static KeyStore open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dataDir, e);
    }
    KeyStore store = new KeyStore(dataDir);
    store.snapshot = store.read();
    return store;
  }

  /** Every key ever created, revoked ones included, in creation order. */
  public List<ApiKey> list() {
    return current().keys();
  }

  /** Whether no key has ever been created here. */
  public boolean isEmpty() {
    return current().keys().isEmpty();
  }

  /**
   * Creates a key.
   *
   * @throws IllegalArgumentException when the scope does not fit the role: an instructor needs a
   *     cohort, a student a candidate, an admin neither
   */
  public Created create(Role role, Collection<String> cohorts, String candidateId) {
    List<String> scope = new ArrayList<>(new LinkedHashSet<>(cohorts == null ? List.of() : cohorts));
    scope.forEach(c -> checkId("cohort", c));
    if (candidateId != null) {
      checkId("candidate", candidateId);
    }
    switch (role) {
      case ADMIN -> {
        if (!scope.isEmpty() || candidateId != null) {
          throw new IllegalArgumentException("an admin key covers everything: give it no --cohort and no --candidate");
        }
      }
      case INSTRUCTOR -> {
        if (scope.isEmpty()) {
          throw new IllegalArgumentException("an instructor key needs at least one --cohort");
        }
        if (candidateId != null) {
          throw new IllegalArgumentException("an instructor key takes no --candidate");
        }
      }
      case STUDENT -> {
        if (candidateId == null) {
          throw new IllegalArgumentException("a student key needs --candidate");
        }
      }
    }
    String secret = KeyTokens.newSecret();
    ApiKey key = new ApiKey(KeyTokens.newId(), KeyTokens.hash(secret), role, scope, candidateId, Instant.now().toString(), null);
    update(keys -> {
      List<ApiKey> out = new ArrayList<>(keys);
      out.add(key);
      return out;
    });
    return new Created(secret, key);
  }

  /**
   * Revokes the key with this public id, or whose secret this is.
   *
   * @return the key revoked, or empty when no active key matched
   */
  public Optional<ApiKey> revoke(String idOrSecret) {
    String hash = KeyTokens.hash(idOrSecret);
    ApiKey[] revoked = new ApiKey[1];
    String now = Instant.now().toString();
    update(keys -> {
      List<ApiKey> out = new ArrayList<>();
      for (ApiKey k : keys) {
        if (k.active() && (k.id().equals(idOrSecret) || k.hash().equals(hash))) {
          revoked[0] = k.revoked(now);
          out.add(revoked[0]);
        } else {
          out.add(k);
        }
      }
      return out;
    });
    return Optional.ofNullable(revoked[0]);
  }

  /** The principal for a secret, when it belongs to an active key. */
  public Optional<Principal> authenticate(String secret) {
    if (secret == null || !secret.startsWith(KeyTokens.PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    ApiKey k = current().byHash().get(KeyTokens.hash(secret));
    if (k == null || !k.active()) {
      return Optional.empty();
    }
    return Optional.of(new Principal(k.id(), k.role(), new LinkedHashSet<>(k.cohorts()), k.candidateId()));
  }

  private static void checkId(String what, String id) {
    if (id == null || id.isBlank() || id.length() > MAX_ID_CHARS || !id.strip().equals(id)) {
      throw new IllegalArgumentException("a " + what + " id must be 1 to " + MAX_ID_CHARS + " characters with no surrounding spaces");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw new IllegalArgumentException("a " + what + " id must not hold control characters");
      }
    }
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (Objects.equals(a.fileKey(), s.fileKey()) && a.lastModifiedTime().toMillis() == s.modified() && a.size() == s.size()) {
        return s;
      }
    } catch (NoSuchFileException e) {
      if (s.keys().isEmpty()) {
        return s;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    synchronized (this) {
      snapshot = read();
      return snapshot;
    }
  }

  @SuppressWarnings("try") // the lock is held for the try block's duration, never referenced
  private synchronized void update(UnaryOperator<List<ApiKey>> change) {
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = ch.lock()) {
      List<ApiKey> next = change.apply(read().keys());
      write(next);
      snapshot = read();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update " + file, e);
    }
  }

  private Snapshot read() {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      JsonNode root = MAPPER.readTree(Files.readAllBytes(file));
      List<ApiKey> keys = new ArrayList<>();
      for (JsonNode k : root.path("keys")) {
        List<String> cohorts = new ArrayList<>();
        k.path("cohorts").forEach(c -> cohorts.add(c.asText()));
        keys.add(new ApiKey(
            k.path("id").asText(),
            k.path("hash").asText(),
            Role.fromId(k.path("role").asText()),
            cohorts,
            k.path("candidateId").isTextual() ? k.path("candidateId").asText() : null,
            k.path("createdAt").asText(),
            k.path("revokedAt").isTextual() ? k.path("revokedAt").asText() : null));
      }
      Map<String, ApiKey> byHash = new HashMap<>();
      keys.forEach(k -> byHash.put(k.hash(), k));
      return new Snapshot(List.copyOf(keys), Map.copyOf(byHash), a.fileKey(), a.lastModifiedTime().toMillis(), a.size());
    } catch (NoSuchFileException e) {
      return new Snapshot(List.of(), Map.of(), null, -1, -1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void write(List<ApiKey> keys) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", 1);
    ArrayNode arr = root.putArray("keys");
    for (ApiKey k : keys) {
      ObjectNode n = arr.addObject();
      n.put("id", k.id());
      n.put("hash", k.hash());
      n.put("role", k.role().id());
      ArrayNode cohorts = n.putArray("cohorts");
      k.cohorts().forEach(cohorts::add);
      n.put("candidateId", k.candidateId());
      n.put("createdAt", k.createdAt());
      n.put("revokedAt", k.revokedAt());
    }
    Path tmp = Files.createTempFile(file.getParent(), "keys", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ch.write(java.nio.ByteBuffer.wrap(MAPPER.writeValueAsBytes(root)));
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(file.getParent());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for syncing; the move itself is still atomic.
    }
  }
}
