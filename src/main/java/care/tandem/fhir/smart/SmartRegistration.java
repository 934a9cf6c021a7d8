package care.tandem.fhir.smart;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a system signs in with SMART Backend Services: its client id (the FHIR client's own id), its
 * public keys (an address or a pasted JWKS, exactly one), and the scopes an admin allowed it.
 */
public record SmartRegistration(
    UUID clientId, @Nullable String jwksUrl, @Nullable String jwks, SmartScopes scopes) {}
