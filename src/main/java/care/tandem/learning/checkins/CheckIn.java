package care.tandem.learning.checkins;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One check-in: pain and mood from 0 to 10, and the person's own words if they gave any.
 *
 * @param recordedBy the account that checked in (the person)
 */
@NamedInterface("checkins")
public record CheckIn(
    UUID id,
    UUID person,
    int pain,
    int mood,
    @Nullable String words,
    UUID recordedBy,
    Instant recordedAt) {

  /** The lowest and highest score of both scales. */
  public static final int LOWEST = 0;

  public static final int HIGHEST = 10;

  /** The most the optional words may hold. */
  public static final int WORDS_LIMIT = 500;
}
