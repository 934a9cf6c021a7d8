package care.tandem.directory.curating;

import java.time.Instant;
import java.util.UUID;

/** An open problem someone reported with a listing, as the review queue shows it. */
record ProblemReport(UUID id, UUID serviceId, String description, Instant reportedAt) {}
