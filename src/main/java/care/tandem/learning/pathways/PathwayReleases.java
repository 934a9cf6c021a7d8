package care.tandem.learning.pathways;

import care.tandem.care.web.CareDates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pathways' background work, run by {@link PathwayJob} with the real clock and by tests with
 * their own: release each step whose time has come (one at a time, by the person's pace), send the
 * reminders (outside the person's quiet time, at most one a day, nothing clinical), and raise a
 * "check in" task for whoever offered a pathway when a released step stays unopened too long.
 */
@Component
class PathwayReleases {

  private final EnrolmentRepository enrolments;
  private final PathwayRepository pathways;
  private final CheckInTaskRepository tasks;
  private final PathwayReminderMail mail;
  private final TransactionTemplate transaction;
  private final Duration checkInAfter;

  PathwayReleases(
      EnrolmentRepository enrolments,
      PathwayRepository pathways,
      CheckInTaskRepository tasks,
      PathwayReminderMail mail,
      PlatformTransactionManager transactions,
      @Value("${tandem.learning.pathways.check-in-after:10d}") Duration checkInAfter) {
    this.enrolments = enrolments;
    this.pathways = pathways;
    this.tasks = tasks;
    this.mail = mail;
    this.transaction = new TransactionTemplate(transactions);
    this.checkInAfter = checkInAfter;
  }

  /** Everything due at {@code clock}'s time. */
  void run(Clock clock) {
    release(clock);
    remind(clock);
    raiseCheckIns(clock);
  }

  /** Releases the next step of every pathway whose pace has come round; how many. */
  int release(Clock clock) {
    Instant now = clock.instant();
    int released = 0;
    for (UUID id : enrolments.maybeDue(now)) {
      Boolean done = transaction.execute(status -> releaseOne(id, now));
      released += Boolean.TRUE.equals(done) ? 1 : 0;
    }
    return released;
  }

  private boolean releaseOne(UUID id, Instant now) {
    Enrolment enrolment = enrolments.lock(id).orElse(null);
    if (enrolment == null) {
      return false;
    }
    Pathway pathway = pathways.version(enrolment.pathway(), enrolment.version()).orElseThrow();
    var out = enrolments.progress(id).stream().map(StepProgress::step).toList();
    if (!enrolment.pacing().due(now, out.size(), pathway.steps().size())) {
      return false;
    }
    PathwayStep next =
        pathway.steps().stream().filter(s -> !out.contains(s.id())).findFirst().orElseThrow();
    enrolments.release(id, next.id(), now);
    enrolments.save(id, enrolment.pacing().released(now), enrolment.quietTime());
    return true;
  }

  /** Sends the reminders due now; how many e-mails went. */
  int remind(Clock clock) {
    Instant now = clock.instant();
    ZonedDateTime local = now.atZone(CareDates.UK_TIME);
    LocalDate today = local.toLocalDate();
    List<Enrolment> toSend = new ArrayList<>();
    for (Enrolment enrolment : enrolments.awaitingReminder()) {
      if (enrolment.pacing().snoozing(now) || enrolment.quietTime().isQuiet(local.toLocalTime())) {
        continue;
      }
      Boolean first =
          transaction.execute(
              status -> {
                if (!enrolments.firstReminderOfTheDay(enrolment.person(), today, now)) {
                  return false;
                }
                enrolments.reminded(enrolment.id());
                return true;
              });
      if (Boolean.TRUE.equals(first)) {
        toSend.add(enrolment);
      }
    }
    int sent = 0;
    for (Enrolment enrolment : toSend) {
      sent += mail.send(enrolment) ? 1 : 0;
    }
    return sent;
  }

  /** Raises the "check in" tasks for steps unopened for the set time; how many. */
  int raiseCheckIns(Clock clock) {
    Instant now = clock.instant();
    Integer raised = transaction.execute(status -> tasks.raiseFor(now.minus(checkInAfter), now));
    return raised == null ? 0 : raised;
  }
}
