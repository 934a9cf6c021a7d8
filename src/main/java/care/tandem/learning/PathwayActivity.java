package care.tandem.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a paced pathway a person is on, as the shared plan's activity (FHIR {@code
 * CarePlan.activity}).
 *
 * @param pathway the pathway's title
 * @param number the step's place in the pathway, from 1
 * @param step the step's title as the person sees it
 * @param released when it came out; null while it waits
 */
public record PathwayActivity(
    String pathway, int number, String step, Status status, @Nullable Instant released) {

  /** How far the person has got with the step. */
  public enum Status {
    WAITING,
    READY,
    OPENED,
    FINISHED
  }
}
