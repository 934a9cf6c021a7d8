package care.tandem.conversation;

import care.tandem.care.RecordNotFoundException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Ids from addresses and forms. One that is not a UUID finds nothing, like an unknown one. */
final class Ids {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

  /** An id from the address: not a UUID is a 404. */
  static UUID fromPath(String id) {
    return parse(id).orElseThrow(RecordNotFoundException::new);
  }

  static Optional<UUID> parse(@Nullable String id) {
    if (id == null || !UUID_TEXT.matcher(id.strip()).matches()) {
      return Optional.empty();
    }
    return Optional.of(UUID.fromString(id.strip()));
  }

  /** The form's idempotency key, or a new one if the form came without a usable key. */
  static UUID keyFrom(@Nullable String key) {
    return parse(key).orElseGet(UUID::randomUUID);
  }
}
