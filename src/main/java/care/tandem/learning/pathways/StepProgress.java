package care.tandem.learning.pathways;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How far a person got with one released step. The answer is a reflection's, in their words. */
record StepProgress(
    UUID step,
    Instant released,
    @Nullable Instant opened,
    @Nullable Instant finished,
    @Nullable String answer,
    boolean answerShared) {}
