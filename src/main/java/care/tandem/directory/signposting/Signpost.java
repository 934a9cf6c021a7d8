package care.tandem.directory.signposting;

import care.tandem.directory.SignpostOutcome;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person pointed to a directory service, with why, and the latest outcome recorded (if any).
 *
 * @param version the version an outcome must start from, so two people recording at once never
 *     overwrite each other unseen
 */
record Signpost(
    UUID id,
    UUID person,
    UUID service,
    String serviceName,
    String reason,
    UUID signpostedBy,
    Instant signpostedAt,
    @Nullable SignpostOutcome outcome,
    @Nullable Instant outcomeAt,
    int version) {

  boolean open() {
    return outcome == null;
  }
}
