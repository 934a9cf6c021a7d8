package care.tandem.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The hash that chains each audit row to the one before it. */
final class AuditChain {

  /** The previous hash of the very first row. */
  static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  static String hash(
      String previousHash,
      Instant occurredAt,
      @Nullable UUID actor,
      @Nullable String actorRole,
      @Nullable UUID person,
      String action,
      String outcome,
      Map<String, String> details) {
    StringBuilder text = new StringBuilder();
    field(text, previousHash);
    field(text, occurredAt.toString());
    field(text, actor == null ? null : actor.toString());
    field(text, actorRole);
    field(text, person == null ? null : person.toString());
    field(text, action);
    field(text, outcome);
    new TreeMap<>(details)
        .forEach(
            (key, value) -> {
              field(text, key);
              field(text, value);
            });
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }

  /** Length-prefixed so that no two different rows can produce the same text. */
  private static void field(StringBuilder text, @Nullable String value) {
    if (value == null) {
      text.append("-1:");
    } else {
      text.append(value.length()).append(':').append(value);
    }
  }
}
