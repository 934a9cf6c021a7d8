package care.tandem.care.joining;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The secret of an invitation: {@value #LENGTH} characters from an alphabet with no letters or
 * numbers people confuse (no 0, O, 1, I, L), shown in two groups of five. The same code is typed
 * from a letter or carried by an e-mailed link; only its SHA-256 hash is stored.
 */
final class InvitationCode {

  static final int LENGTH = 10;
  static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private InvitationCode() {}

  /** A new code, as typed (no spaces or dashes). */
  static String newCode() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The code as printed: "ABCDE-FGHJK". */
  static String grouped(String code) {
    return code.substring(0, 5) + "-" + code.substring(5);
  }

  /**
   * What someone typed or a link carried, as a code: capitals, spaces and dashes taken out. Empty
   * when it cannot be a code at all (wrong length or a character outside the alphabet).
   */
  static Optional<String> read(String typed) {
    if (typed.length() > 40) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return Optional.empty();
    }
    for (char each : code.toCharArray()) {
      if (ALPHABET.indexOf(each) < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(code);
  }

  static byte[] hash(String code) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
