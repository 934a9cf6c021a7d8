package care.tandem.directory.signposting;

import care.tandem.directory.SignpostOutcome;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One outcome recorded for a signpost: the history behind its latest outcome. */
record RecordedOutcome(
    UUID signpost,
    SignpostOutcome outcome,
    @Nullable String note,
    UUID recordedBy,
    Instant recordedAt) {}
