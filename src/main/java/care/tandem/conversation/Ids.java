package care.tandem.conversation;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Ids from forms. One that is not a UUID finds nothing, like an unknown one. */
final class Ids {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Ids() {}

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
