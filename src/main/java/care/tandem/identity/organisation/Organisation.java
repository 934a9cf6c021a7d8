package care.tandem.identity.organisation;

import java.util.UUID;

/** An organisation whose staff or volunteers use Tandem, such as an NHS trust or a charity. */
public record Organisation(UUID id, String name, OrganisationKind kind, int version) {}
