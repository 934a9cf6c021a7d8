package care.tandem.measures.assigning;

import static care.tandem.system.Capability.ASK_FOR_QUESTIONNAIRE;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.measures.Instruments;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questionnaires a team member has asked a person to complete, and when each is next due. Only the
 * person's current team may assign or end one; every change is audited through {@link CareAccess}.
 */
@Service
public class Assignments {

  private final AssignmentRepository repository;
  private final Capabilities access;
  private final Instruments instruments;
  private final Clock clock;

  @Autowired
  Assignments(AssignmentRepository repository, Capabilities access, Instruments instruments) {
    this(repository, access, instruments, Clock.systemUTC());
  }

  Assignments(
      AssignmentRepository repository, Capabilities access, Instruments instruments, Clock clock) {
    this.repository = repository;
    this.access = access;
    this.instruments = instruments;
    this.clock = clock;
  }

  /**
   * Asks the person to complete a questionnaire. A repeated post with the same key assigns once.
   *
   * @throws ActionNotAllowedException when the viewer is not on the person's team
   */
  @Transactional
  public UUID assign(UUID person, NewAssignment what, UUID key, Authentication by) {
    RecordAccess allowed =
        access.require(
            person,
            by,
            ASK_FOR_QUESTIONNAIRE,
            "questionnaire.assigned",
            Map.of("instrument", what.instrument()));
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only the care team can assign questionnaires");
    }
    if (instruments.find(what.instrument()).isEmpty()) {
      throw new IllegalArgumentException("No instrument " + what.instrument());
    }
    LocalDate today = today();
    boolean beforeAppointment = what.schedule() == Schedule.BEFORE_APPOINTMENT;
    Assignment assignment =
        new Assignment(
            UUID.randomUUID(),
            person,
            what.instrument(),
            what.schedule(),
            what.schedule() == Schedule.REPEATING ? what.everyWeeks() : null,
            beforeAppointment ? Assignment.dueBefore(what.date(), today) : what.date(),
            beforeAppointment ? what.date() : null,
            allowed.account(),
            clock.instant(),
            null,
            0);
    return repository.insert(assignment, key);
  }

  /** Every assignment on the record, open ones first. */
  @Transactional(readOnly = true)
  public List<Assignment> all(RecordAccess access) {
    return repository.forPerson(access.person());
  }

  /** The open assignments due today or before, soonest first. */
  @Transactional(readOnly = true)
  public List<Assignment> due(RecordAccess access) {
    LocalDate today = today();
    return repository.forPerson(access.person()).stream()
        .filter(a -> a.dueBy(today))
        .sorted(java.util.Comparator.comparing(Assignment::nextDue))
        .toList();
  }

  /**
   * Ends an assignment: nothing more is due from it.
   *
   * @throws AssignmentChangedException when someone changed it since {@code version}
   */
  @Transactional
  public void end(UUID person, UUID assignment, int version, Authentication by) {
    RecordAccess allowed =
        access.require(
            person,
            by,
            ASK_FOR_QUESTIONNAIRE,
            "questionnaire.assignment-ended",
            Map.of("assignment", assignment.toString()));
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only the care team can end an assignment");
    }
    Assignment found =
        repository
            .find(assignment)
            .filter(a -> a.person().equals(person))
            .orElseThrow(RecordNotFoundException::new);
    if (!repository.end(found.id(), version, allowed.account(), clock.instant())) {
      throw new AssignmentChangedException();
    }
  }

  /**
   * Sets the next appointment for a before-appointment assignment: the questionnaire is due a few
   * days before it.
   *
   * @throws AssignmentChangedException when someone changed it since {@code version}, or it ended
   */
  @Transactional
  public void setAppointment(
      UUID person, UUID assignment, LocalDate appointment, int version, Authentication by) {
    RecordAccess allowed =
        access.require(
            person,
            by,
            ASK_FOR_QUESTIONNAIRE,
            "questionnaire.appointment-set",
            Map.of("assignment", assignment.toString()));
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only the care team can set an appointment");
    }
    Assignment found =
        repository
            .lock(assignment)
            .filter(a -> a.person().equals(person))
            .filter(a -> a.schedule() == Schedule.BEFORE_APPOINTMENT)
            .orElseThrow(RecordNotFoundException::new);
    if (found.ended() || found.version() != version) {
      throw new AssignmentChangedException();
    }
    repository.moveDue(found.id(), Assignment.dueBefore(appointment, today()), appointment);
  }

  /** The open assignment a new response of this instrument answers, if any (no audit: internal). */
  @Transactional(readOnly = true)
  public Optional<UUID> openFor(UUID person, String instrument) {
    return repository.open(person, instrument).map(Assignment::id);
  }

  /**
   * Moves the assignment on after a response to it was submitted, in the caller's transaction.
   * Called by the responses service only, after its own access check.
   */
  @Transactional
  public void advanceAfterSubmitting(UUID assignment) {
    repository
        .lock(assignment)
        .filter(a -> !a.ended())
        .ifPresent(a -> repository.moveDue(a.id(), a.dueAfterSubmitting(today()), null));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(care.tandem.care.web.CareDates.UK_TIME));
  }
}
