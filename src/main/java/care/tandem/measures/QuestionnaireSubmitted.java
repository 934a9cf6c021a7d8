package care.tandem.measures;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A questionnaire response was submitted and scored. Published synchronously inside the transaction
 * that stores the answers, so a listener's writes (the safety alert, the timeline entry) commit
 * with them or not at all. Published once per response: a repeated submit with the same idempotency
 * key publishes nothing.
 *
 * @param response the response's id
 * @param person whose record it is on
 * @param instrument the instrument's id
 * @param submittedBy the account that submitted it (the person, or a team member with them); null
 *     when a connected system sent it through FHIR
 * @param score the server's score of the stored answers
 */
public record QuestionnaireSubmitted(
    UUID response,
    UUID person,
    String instrument,
    Instant at,
    @Nullable UUID submittedBy,
    Score score) {}
