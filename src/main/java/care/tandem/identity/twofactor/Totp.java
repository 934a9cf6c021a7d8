package care.tandem.identity.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, with HOTP from RFC 4226): HMAC-SHA1, 30-second steps
 * counted from the Unix epoch, 6 digits, as every authenticator app makes by default.
 */
final class Totp {

  static final int STEP_SECONDS = 30;
  static final int DIGITS = 6;

  private Totp() {}

  /** The time step an instant falls in. */
  static long step(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  /** The code for a time step, with {@code digits} digits (6 in Tandem; 8 in RFC 6238's tests). */
  static String code(byte[] secret, long step, int digits, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, "RAW"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      int modulus = (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is part of every Java", e);
    }
  }

  /** Tandem's code for a time step: HMAC-SHA1, 6 digits. */
  static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS, "HmacSHA1");
  }

  /**
   * The time step, within one step either side of {@code now}, whose code is {@code typed}; -1 if
   * none. Compared in constant time.
   */
  static long matchingStep(byte[] secret, String typed, Instant now) {
    long current = step(now);
    long found = -1;
    for (long step = current - 1; step <= current + 1; step++) {
      if (java.security.MessageDigest.isEqual(
          code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          typed.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
        found = step;
      }
    }
    return found;
  }
}
