package care.tandem.learning.pathways;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Offering a pathway to a person, as posted. */
public record OfferForm(@Nullable String pathway, @Nullable String idempotencyKey) {

  static OfferForm blank() {
    return new OfferForm(null, UUID.randomUUID().toString());
  }

  Optional<UUID> pathwayId() {
    return uuid(pathway);
  }

  Optional<UUID> key() {
    return uuid(idempotencyKey);
  }

  private static Optional<UUID> uuid(@Nullable String text) {
    try {
      return Optional.of(UUID.fromString(text == null ? "" : text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
