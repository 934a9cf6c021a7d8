package care.tandem.identity;

import java.util.UUID;

/** An organisation as other modules see it: its id and name. */
public record OrganisationSummary(UUID id, String name) {}
