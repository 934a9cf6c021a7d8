package care.tandem.learning.pathways;

import java.util.UUID;

/**
 * One step of one version of a pathway.
 *
 * @param ref the library piece's slug, or the questionnaire's id; empty for the other kinds
 * @param text the reflection question or the small goal; empty for the other kinds
 */
record PathwayStep(UUID id, int position, StepKind kind, String ref, String text) {}
