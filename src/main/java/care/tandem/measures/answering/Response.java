package care.tandem.measures.answering;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One go at a questionnaire: in progress while the person answers, then submitted and scored by the
 * server.
 *
 * @param answers each answered question's value, by linkId
 * @param total the server's total, once submitted
 * @param band the band's code, once submitted
 */
public record Response(
    UUID id,
    UUID person,
    String instrument,
    @Nullable UUID assignment,
    boolean submitted,
    AnswerLayout layout,
    Instant startedAt,
    @Nullable Instant submittedAt,
    @Nullable Integer total,
    @Nullable String band,
    @Nullable Boolean caseness,
    int version,
    Map<String, Integer> answers) {

  public Response {
    answers = Map.copyOf(answers);
  }
}
