package care.tandem.care;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "About me", in the person's own words, shown at the top of their record to the whole team so they
 * tell their story once. Empty text is "". {@code updatedBy} and {@code updatedAt} are null until
 * it is first saved.
 */
public record AboutMe(
    UUID personId,
    String whatMatters,
    String workAndMoney,
    String caringDuties,
    String whatMakesWorse,
    String whatMakesBetter,
    String alreadyTried,
    String howToSpeakToMe,
    int version,
    @Nullable UUID updatedBy,
    @Nullable Instant updatedAt) {

  public static AboutMe empty(UUID personId) {
    return new AboutMe(personId, "", "", "", "", "", "", "", 0, null, null);
  }

  public boolean isEmpty() {
    return (whatMatters
            + workAndMoney
            + caringDuties
            + whatMakesWorse
            + whatMakesBetter
            + alreadyTried
            + howToSpeakToMe)
        .isBlank();
  }
}
