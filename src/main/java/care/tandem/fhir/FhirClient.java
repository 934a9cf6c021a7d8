package care.tandem.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A system registered to use the FHIR interface, acting for one organisation. It never holds the
 * token: only its hash is stored.
 *
 * @param active false once an admin has revoked it; its token then no longer works
 * @param staticToken whether it has an old-style static token (from before SMART Backend Services)
 * @param tokenEndsOn the day its static token stops working, when set for this client alone; when
 *     null, the deployer's date for all ({@code tandem.fhir.static-tokens-end}) applies
 */
public record FhirClient(
    UUID id,
    String name,
    UUID organisationId,
    boolean active,
    Instant createdAt,
    @Nullable Instant revokedAt,
    boolean staticToken,
    @Nullable LocalDate tokenEndsOn) {}
