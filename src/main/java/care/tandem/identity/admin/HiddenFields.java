package care.tandem.identity.admin;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the hidden fields our own forms carry (the version an edit started from, the idempotency
 * key of a create). A person cannot get these wrong, so a bad value is a bad request, not a
 * message.
 */
final class HiddenFields {

  private HiddenFields() {}

  static int version(@Nullable String value) {
    try {
      int version = Integer.parseInt(value == null ? "" : value);
      if (version < 0) {
        throw new NumberFormatException("negative");
      }
      return version;
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  static UUID idempotencyKey(@Nullable String value) {
    try {
      return UUID.fromString(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }
}
