package care.tandem.directory.signposting;

import static care.tandem.system.Capability.SIGNPOST;

import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.directory.SignpostOutcome;
import care.tandem.directory.SignpostOutcomeRecorded;
import care.tandem.directory.Signposted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding signposts and recording what came of them. Each change checks access to the person's
 * record first (only the person and their current team may change it; the check is audited) and
 * publishes an event in the same transaction, which puts an entry on their timeline once it has
 * committed. Reads take a {@link RecordAccess}.
 */
@Service
class Signposts {

  /** What happened to an outcome sent. */
  enum Recorded {
    RECORDED,
    /** The same form was sent twice: the first one counts, nothing more is stored. */
    ALREADY_RECORDED
  }

  private final Capabilities access;
  private final CareAccess records;
  private final SignpostRepository repository;
  private final ApplicationEventPublisher events;

  Signposts(
      Capabilities access,
      CareAccess records,
      SignpostRepository repository,
      ApplicationEventPublisher events) {
    this.access = access;
    this.records = records;
    this.repository = repository;
    this.events = events;
  }

  /**
   * Signposts the person to a service, once per idempotency key.
   *
   * @throws RecordNotFoundException if the viewer may not change the person's record, or there is
   *     no such service
   */
  @Transactional
  public UUID signpost(UUID person, UUID service, String reason, UUID key, Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person, viewer, SIGNPOST, "signpost.added", Map.of("service", service.toString()));
    String name = repository.serviceName(service).orElseThrow(RecordNotFoundException::new);
    Signpost signpost =
        new Signpost(
            UUID.randomUUID(),
            person,
            service,
            name,
            reason.strip(),
            allowed.account(),
            Instant.now(),
            null,
            null,
            0);
    if (!repository.insert(signpost, key)) {
      return repository.byKey(key).map(Signpost::id).orElseThrow(IllegalStateException::new);
    }
    events.publishEvent(
        new Signposted(
            signpost.id(), person, service, name, allowed.account(), signpost.signpostedAt()));
    return signpost.id();
  }

  /**
   * Records what came of a signpost, if it is still at {@code version}.
   *
   * @throws SignpostChangedException if someone recorded an outcome since {@code version}
   * @throws RecordNotFoundException if the viewer may not change the record, or the signpost is not
   *     the person's
   */
  @Transactional
  public Recorded recordOutcome(
      UUID person,
      UUID signpost,
      SignpostOutcome outcome,
      @Nullable String note,
      int version,
      UUID key,
      Authentication viewer) {
    RecordAccess allowed =
        access.require(
            person,
            viewer,
            SIGNPOST,
            "signpost.outcome-recorded",
            Map.of("signpost", signpost.toString(), "outcome", outcome.code()));
    Signpost found = repository.find(person, signpost).orElseThrow(RecordNotFoundException::new);
    if (repository.outcomeKeyUsed(key)) {
      return Recorded.ALREADY_RECORDED;
    }
    Instant now = Instant.now();
    if (!repository.setLatest(person, signpost, outcome, now, version)) {
      if (repository.outcomeKeyUsed(key)) {
        return Recorded.ALREADY_RECORDED;
      }
      throw new SignpostChangedException();
    }
    UUID id = UUID.randomUUID();
    repository.insertOutcome(
        id, new RecordedOutcome(signpost, outcome, note, allowed.account(), now), key);
    events.publishEvent(
        new SignpostOutcomeRecorded(
            id, signpost, person, found.serviceName(), outcome, allowed.account(), now));
    return Recorded.RECORDED;
  }

  /** The name of a directory service, if there is one with this id. */
  @Transactional(readOnly = true)
  public Optional<String> serviceName(UUID service) {
    return repository.serviceName(service);
  }

  /** The person's signposts, newest first. */
  @Transactional(readOnly = true)
  public List<Signpost> all(RecordAccess allowed) {
    return repository.forPerson(allowed.person());
  }

  @Transactional(readOnly = true)
  public Signpost one(RecordAccess allowed, UUID signpost) {
    return repository.find(allowed.person(), signpost).orElseThrow(RecordNotFoundException::new);
  }

  /** Every outcome recorded for these signposts, oldest first. */
  @Transactional(readOnly = true)
  public Map<UUID, List<RecordedOutcome>> history(List<Signpost> signposts) {
    return repository.outcomes(signposts.stream().map(Signpost::id).toList());
  }

  /**
   * Signposts with no outcome yet, older than {@code age}, of the people whose care teams the
   * account is on now; oldest first. For the team's follow-up list, which like the home page lists
   * only the viewer's own people.
   */
  @Transactional(readOnly = true)
  public List<Signpost> waitingLongerThan(UUID account, Duration age) {
    return repository.openBefore(records.peopleOnTeamsOf(account), Instant.now().minus(age));
  }
}
