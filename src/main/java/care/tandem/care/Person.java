package care.tandem.care;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person with a care record.
 *
 * @param accountId their own (PATIENT) account, if they have one
 * @param version the version an edit must start from
 */
public record Person(
    UUID id, @Nullable UUID accountId, PersonDetails details, int version, Instant updatedAt) {

  public String fullName() {
    return details.fullName();
  }
}
