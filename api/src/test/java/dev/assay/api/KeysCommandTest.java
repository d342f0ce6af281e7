package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.api.auth.KeyStore;
import dev.assay.api.auth.KeyTokens;
import dev.assay.api.auth.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay keys}: a key printed once and alone, only its hash stored, revocation by id or key. */
class KeysCommandTest {
  @TempDir Path data;

  static CliTest.Run run(String... args) {
    return CliTest.run(args);
  }

  @Test
  void createPrintsTheKeyAloneAndStoresOnlyItsHash() throws IOException {
    CliTest.Run r = run("keys", "create", "--data", data.toString(), "--role", "instructor", "--cohort", "c1", "--cohort", "c2");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().matches("ak_[A-Za-z0-9_-]{43}\\R"), "one line, the key: " + r.out());
    String key = r.out().strip();
    String file = Files.readString(data.resolve(KeyStore.FILE), StandardCharsets.UTF_8);
    assertFalse(file.contains(key), "the key itself is not stored");
    assertFalse(file.contains(key.substring(3, 20)));
    assertTrue(file.contains(KeyTokens.hash(key)), "its SHA-256 is");
    assertTrue(r.err().contains("instructor") && r.err().contains("c1,c2"), r.err());
    var p = KeyStore.open(data).authenticate(key).orElseThrow();
    assertEquals(Role.INSTRUCTOR, p.role());
    assertEquals(java.util.Set.of("c1", "c2"), p.cohorts());
  }

  @Test
  void aKeysScopeMustFitItsRole() {
    assertEquals(2, run("keys", "create", "--data", data.toString(), "--role", "student").status(), "a student needs a candidate");
    assertEquals(2, run("keys", "create", "--data", data.toString(), "--role", "instructor").status(), "an instructor needs a cohort");
    assertEquals(2, run("keys", "create", "--data", data.toString(), "--role", "admin", "--cohort", "c1").status());
    assertEquals(2, run("keys", "create", "--data", data.toString(), "--role", "root").status());
    CliTest.Run student = run("keys", "create", "--data", data.toString(), "--role", "student", "--candidate", "s-17", "--cohort", "c1");
    assertEquals(0, student.status(), student.err());
  }

  @Test
  void revokeByIdOrByKeyAndListWithoutSecrets() {
    String a = run("keys", "create", "--data", data.toString(), "--role", "admin").out().strip();
    String b = run("keys", "create", "--data", data.toString(), "--role", "student", "--candidate", "bea").out().strip();
    KeyStore store = KeyStore.open(data);
    String idOfA = store.list().get(0).id();
    CliTest.Run revoked = run("keys", "revoke", "--data", data.toString(), idOfA);
    assertEquals(0, revoked.status(), revoked.err());
    assertEquals("revoked " + idOfA, revoked.out().strip());
    assertTrue(store.authenticate(a).isEmpty());
    assertEquals(0, run("keys", "revoke", "--data", data.toString(), b).status(), "by the key itself");
    assertTrue(store.authenticate(b).isEmpty());
    assertEquals(2, run("keys", "revoke", "--data", data.toString(), idOfA).status(), "already revoked");
    CliTest.Run list = run("keys", "list", "--data", data.toString());
    assertEquals(0, list.status());
    assertTrue(list.out().contains(idOfA) && list.out().contains("revoked"), list.out());
    assertFalse(list.out().contains(a) || list.out().contains(b), "no secrets listed");
  }
}
