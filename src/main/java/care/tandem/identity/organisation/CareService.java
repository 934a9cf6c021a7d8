package care.tandem.identity.organisation;

import java.util.UUID;

/** A service or team within an organisation, such as an MSK physiotherapy service. */
public record CareService(
    UUID id,
    UUID organisationId,
    String organisationName,
    String name,
    ServiceKind kind,
    int version) {}
