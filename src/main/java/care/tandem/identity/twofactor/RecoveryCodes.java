package care.tandem.identity.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes: 10 of them, each 10 letters and digits (about 50 bits) written as two
 * groups of five. Shown once; only SHA-256 hashes are stored, which is enough for random codes this
 * long behind the sign-in throttle.
 */
final class RecoveryCodes {

  static final int COUNT = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  static List<String> generate() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 10; c++) {
        if (c == 5) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** The code as stored and compared: no spaces or dashes, lower case. */
  static String normalised(String typed) {
    return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }

  static byte[] hash(String code) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(normalised(code).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
