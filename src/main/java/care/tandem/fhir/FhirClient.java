package care.tandem.fhir;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A system registered to use the FHIR interface, acting for one organisation. It never holds the
 * token: only its hash is stored.
 *
 * @param active false once an admin has revoked it; its token then no longer works
 */
public record FhirClient(
    UUID id,
    String name,
    UUID organisationId,
    boolean active,
    Instant createdAt,
    @Nullable Instant revokedAt) {}
