package care.tandem.measures.assigning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A team member's request that the person completes a questionnaire.
 *
 * @param nextDue when it is next due; null once a one-off is done, ended, or waiting for a new
 *     appointment date
 * @param appointmentDate the appointment it comes before, for {@link Schedule#BEFORE_APPOINTMENT}
 */
public record Assignment(
    UUID id,
    UUID person,
    String instrument,
    Schedule schedule,
    @Nullable Integer everyWeeks,
    @Nullable LocalDate nextDue,
    @Nullable LocalDate appointmentDate,
    UUID assignedBy,
    Instant assignedAt,
    @Nullable Instant endedAt,
    int version) {

  public boolean ended() {
    return endedAt != null;
  }

  /** Due today or before, and not ended. */
  public boolean dueBy(LocalDate today) {
    return !ended() && nextDue != null && !nextDue.isAfter(today);
  }

  /**
   * When it is due next after a response was submitted on {@code today}: a one-off is done; a
   * repeating one moves on by whole periods past today; a before-appointment one waits for a new
   * appointment date.
   */
  public @Nullable LocalDate dueAfterSubmitting(LocalDate today) {
    if (schedule != Schedule.REPEATING || everyWeeks == null || nextDue == null) {
      return null;
    }
    LocalDate next = nextDue.plusWeeks(everyWeeks);
    while (!next.isAfter(today)) {
      next = next.plusWeeks(everyWeeks);
    }
    return next;
  }

  /** The due date for an appointment: a few days before it, but never before {@code today}. */
  public static LocalDate dueBefore(LocalDate appointment, LocalDate today) {
    LocalDate due = appointment.minusDays(Schedule.DAYS_BEFORE_APPOINTMENT);
    return due.isBefore(today) ? today : due;
  }
}
