package dev.assay.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes key secrets and public ids, and hashes secrets for storage. */
public final class KeyTokens {
  /** Every secret starts with this, so that leaked keys are easy to recognise and scan for. */
  public static final String PREFIX = "ak_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyTokens() {}

  /** A new secret: {@code ak_} and 32 random bytes in unpadded base64url (43 characters). */
  public static String newSecret() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** A new public key id: {@code key_} and 8 random bytes in hex. */
  public static String newId() {
    byte[] b = new byte[8];
    RANDOM.nextBytes(b);
    return "key_" + HexFormat.of().formatHex(b);
  }

  /** Lower-case hex SHA-256 of the secret's UTF-8 bytes. */
  public static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
