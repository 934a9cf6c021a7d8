package care.tandem.directory;

import java.time.Instant;
import java.util.UUID;

/**
 * A person was signposted to a directory service. Published inside the transaction that stores the
 * signpost, once per signpost (a repeated submit with the same key publishes nothing), for the
 * person's timeline. It carries the service's name but not the reason given.
 *
 * @param signpost the signpost's id
 * @param person who was signposted
 * @param serviceName the service's name when signposted
 * @param signpostedBy the account that added it: the person or a team member
 */
public record Signposted(
    UUID signpost, UUID person, UUID service, String serviceName, UUID signpostedBy, Instant at) {}
