package care.tandem.learning.checkins;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A person checked in. Published once per check-in, in the transaction that stores it; carries no
 * scores or words, so no listener can put them where the whole team reads.
 */
@NamedInterface("checkins")
public record CheckInRecorded(UUID checkIn, UUID person, UUID recordedBy, Instant at) {}
