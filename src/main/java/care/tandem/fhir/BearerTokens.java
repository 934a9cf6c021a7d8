package care.tandem.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens for FHIR clients: 256 random bits, with a prefix that secret scanners and people
 * can recognise. Stored only as a SHA-256 hash: the tokens are random, not chosen by people, so a
 * fast hash is enough, and a lookup by hash compares no secret character by character.
 */
final class BearerTokens {

  static final String PREFIX = "tandem_fhir_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private BearerTokens() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Whether the text could be one of our tokens at all: saves a database lookup for junk. */
  static boolean looksLikeAToken(String text) {
    return text.length() == PREFIX.length() + 43
        && text.startsWith(PREFIX)
        && text.substring(PREFIX.length()).chars().allMatch(BearerTokens::isBase64Url);
  }

  private static boolean isBase64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }
}
