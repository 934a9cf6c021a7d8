package care.tandem.learning.checkins;

import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storing a person's check-ins and reading them back. Only the person checks in on their own record
 * (the check is audited); reads take a {@link RecordAccess}, so the caller has checked and audited
 * access (the team, the person, a connected system).
 */
@NamedInterface("checkins")
@Service
public class CheckIns {

  /** How far back the trend looks. */
  public static final Duration TREND = Duration.ofDays(7 * 12);

  private final CareAccess access;
  private final CheckInRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  @Autowired
  CheckIns(CareAccess access, CheckInRepository repository, ApplicationEventPublisher events) {
    this(access, repository, events, Clock.systemUTC());
  }

  CheckIns(
      CareAccess access,
      CheckInRepository repository,
      ApplicationEventPublisher events,
      Clock clock) {
    this.access = access;
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Stores the person's check-in, once per idempotency key: a second submit of the same form
   * returns the first check-in and stores nothing.
   *
   * @throws RecordNotFoundException when the viewer is not the person themself
   */
  @Transactional
  public CheckIn record(
      UUID person, Authentication viewer, int pain, int mood, @Nullable String words, UUID key) {
    RecordAccess allowed = access.requireToChange(person, viewer, "check-in.recorded");
    if (!allowed.isThePerson()) {
      throw new RecordNotFoundException();
    }
    Optional<CheckIn> earlier = repository.byKey(key);
    if (earlier.isPresent()) {
      if (!earlier.get().person().equals(person)) {
        throw new RecordNotFoundException();
      }
      return earlier.get();
    }
    CheckIn checkIn =
        new CheckIn(
            UUID.randomUUID(), person, pain, mood, words, allowed.account(), clock.instant());
    if (!repository.insert(checkIn, key)) {
      // Sent twice at once: the other one stored it.
      return repository.byKey(key).orElseThrow();
    }
    events.publishEvent(
        new CheckInRecorded(checkIn.id(), person, allowed.account(), checkIn.recordedAt()));
    return checkIn;
  }

  /** The person's check-ins over the last 12 weeks, oldest first. */
  public List<CheckIn> recent(RecordAccess allowed) {
    return repository.since(allowed.person(), clock.instant().minus(TREND));
  }

  /** Every check-in on the record, oldest first. */
  public List<CheckIn> all(RecordAccess allowed) {
    return repository.since(allowed.person(), Instant.EPOCH);
  }

  /** Whose record a check-in is on, to check access before reading it. */
  public Optional<UUID> personOf(UUID checkIn) {
    return repository.find(checkIn).map(CheckIn::person);
  }

  /** The check-in, if it is on the record that access was given to. */
  public Optional<CheckIn> find(RecordAccess allowed, UUID checkIn) {
    return repository.find(checkIn).filter(found -> found.person().equals(allowed.person()));
  }
}
