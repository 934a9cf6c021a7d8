package care.tandem.care.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads the hidden fields our own forms carry (the version an edit started from, an idempotency
 * key, an id chosen from a list). A person cannot get these wrong, so a bad value is a bad request
 * (400), never a server error.
 */
public final class HiddenFields {

  private HiddenFields() {}

  public static int version(@Nullable String value) {
    try {
      int version = Integer.parseInt(value == null ? "" : value.strip());
      if (version < 0) {
        throw new NumberFormatException("negative");
      }
      return version;
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  public static UUID id(@Nullable String value) {
    return optionalId(value).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
  }

  /** An id typed or chosen, if it is one: for radios whose value a person could leave unset. */
  public static java.util.Optional<UUID> optionalId(@Nullable String value) {
    try {
      return java.util.Optional.of(UUID.fromString(value == null ? "" : value.strip()));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
