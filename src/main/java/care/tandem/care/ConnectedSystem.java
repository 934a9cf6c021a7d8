package care.tandem.care;

import java.util.UUID;

/**
 * Another computer system that reads records on behalf of an organisation, such as a FHIR client
 * the organisation registered. It may read the records of people whose care team has someone from
 * that organisation on it now, and nothing else.
 *
 * @param id the system's own id, which the audit log names as the actor
 * @param organisationId the organisation it acts for
 */
public record ConnectedSystem(UUID id, UUID organisationId) {}
