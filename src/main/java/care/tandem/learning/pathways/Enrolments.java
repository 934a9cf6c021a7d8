package care.tandem.learning.pathways;

import static care.tandem.system.Capability.OFFER_PATHWAY;

import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People on pathways: a team member offers one; the person chooses the pace and a quiet time, says
 * "this is too much" or "not now", and opens and finishes steps. Only the person changes their own
 * pace; every read and change is let in and audited by {@link CareAccess} (ids and codes only).
 */
@Service
class Enrolments {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final EnrolmentRepository enrolments;
  private final PathwayRepository pathways;
  private final CheckInTaskRepository tasks;
  private final CareAccess access;
  private final Capabilities capabilities;
  private final Clock clock;

  @Autowired
  Enrolments(
      EnrolmentRepository enrolments,
      PathwayRepository pathways,
      CheckInTaskRepository tasks,
      CareAccess access,
      Capabilities capabilities) {
    this(enrolments, pathways, tasks, access, capabilities, Clock.systemUTC());
  }

  Enrolments(
      EnrolmentRepository enrolments,
      PathwayRepository pathways,
      CheckInTaskRepository tasks,
      CareAccess access,
      Capabilities capabilities,
      Clock clock) {
    this.enrolments = enrolments;
    this.pathways = pathways;
    this.tasks = tasks;
    this.access = access;
    this.capabilities = capabilities;
    this.clock = clock;
  }

  /**
   * Offers the person the pathway's current version, once per key. Nothing is released until the
   * person chooses a pace.
   *
   * @throws AlreadyOnPathwayException when they are on it already (from another offer)
   */
  @Transactional
  UUID offer(UUID person, UUID pathwayId, UUID key, Authentication by) {
    RecordAccess allowed =
        capabilities.require(
            person, by, OFFER_PATHWAY, "pathway.offered", Map.of("pathway", pathwayId.toString()));
    if (!allowed.isTeamMember()) {
      throw new ActionNotAllowedException("Only the care team can offer a pathway");
    }
    Pathway pathway =
        pathways
            .current(pathwayId)
            .filter(p -> !p.steps().isEmpty())
            .orElseThrow(RecordNotFoundException::new);
    if (enrolments.onPathway(person, pathwayId) && !enrolments.keyUsed(key)) {
      throw new AlreadyOnPathwayException();
    }
    return enrolments.insert(person, pathway, allowed.account(), clock.instant(), key, token());
  }

  /** The person's pathway as the viewer may see it (the person or their team). */
  @Transactional
  Journey journey(UUID person, UUID enrolment, Authentication by) {
    RecordAccess allowed =
        access.require(person, by, "pathway.viewed", Map.of("enrolment", enrolment.toString()));
    return journey(allowed, find(person, enrolment));
  }

  /** The person chooses (or changes) their pace and quiet time; the first step comes at once. */
  @Transactional
  void choosePace(UUID person, UUID enrolment, Pace pace, QuietTime quiet, Authentication by) {
    thePerson(person, by, "pathway.pace-chosen", enrolment, pace.code());
    Enrolment found = lock(person, enrolment);
    Instant now = clock.instant();
    Pathway pathway = version(found);
    boolean noneOut = enrolments.progress(enrolment).isEmpty();
    if (noneOut && !pathway.steps().isEmpty()) {
      enrolments.release(enrolment, pathway.steps().get(0).id(), now);
    }
    enrolments.save(enrolment, found.pacing().choose(pace, now), quiet);
  }

  /** "This is too much", "not now", carrying on, or the next step now. */
  @Transactional
  void change(UUID person, UUID enrolment, PaceChange change, Authentication by) {
    thePerson(person, by, "pathway.pace-changed", enrolment, change.code());
    Enrolment found = lock(person, enrolment);
    Instant now = clock.instant();
    Pacing pacing = found.pacing();
    if (pacing.pace() == null) {
      throw new RecordNotFoundException();
    }
    Pacing changed =
        switch (change) {
          case SLOWER -> pacing.slower(now);
          case PAUSE -> pacing.pause();
          case RESUME -> pacing.resume(now);
          case NOT_NOW -> pacing.notNow(now);
          case NEXT -> {
            Journey journey = journey(null, found);
            yield journey
                .nextToRelease()
                .filter(step -> enrolments.release(enrolment, step.id(), now))
                .map(step -> pacing.resume(now))
                .orElse(pacing);
          }
        };
    enrolments.save(enrolment, changed, found.quietTime());
  }

  /**
   * Opens a step: any step of the person's version may be looked at; opening a released one counts.
   *
   * @throws RecordNotFoundException for a step that is not on the person's version
   */
  @Transactional
  Journey open(UUID person, UUID enrolment, UUID step, Authentication by) {
    RecordAccess allowed =
        access.require(
            person,
            by,
            "pathway.step-viewed",
            Map.of("enrolment", enrolment.toString(), "step", step.toString()));
    Enrolment found = find(person, enrolment);
    Journey journey = journey(allowed, found);
    journey.pathway().step(step).orElseThrow(RecordNotFoundException::new);
    if (allowed.isThePerson() && journey.progressOf(step).isPresent()) {
      enrolments.opened(enrolment, step, clock.instant());
      return journey(allowed, found);
    }
    return journey;
  }

  /**
   * The person finishes a released step, with their answer to a reflection question.
   *
   * @throws RecordNotFoundException for a step not on their version or not yet released
   */
  @Transactional
  PathwayStep finish(
      UUID person,
      UUID enrolment,
      UUID step,
      @Nullable String answer,
      boolean shared,
      Authentication by) {
    thePerson(person, by, "pathway.step-finished", enrolment, step.toString());
    Enrolment found = find(person, enrolment);
    Journey journey = journey(null, found);
    PathwayStep finished = journey.pathway().step(step).orElseThrow(RecordNotFoundException::new);
    journey.progressOf(step).orElseThrow(RecordNotFoundException::new);
    boolean reflection = finished.kind() == StepKind.REFLECTION;
    enrolments.finished(
        enrolment, step, clock.instant(), reflection ? answer : null, reflection && shared);
    return finished;
  }

  /** The person's answer to "What got in the way?" (or none, to skip it). */
  @Transactional
  void whatGotInTheWay(
      UUID person,
      UUID enrolment,
      @Nullable Barrier reason,
      @Nullable String other,
      Authentication by) {
    thePerson(
        person, by, "pathway.barrier-given", enrolment, reason == null ? "skipped" : reason.code());
    find(person, enrolment);
    tasks
        .unanswered(enrolment)
        .ifPresent(
            step ->
                tasks.answer(
                    enrolment,
                    step,
                    reason == null ? null : reason.code(),
                    reason == Barrier.OTHER ? other : null,
                    clock.instant()));
  }

  /** The team member marks their "check in" task done. */
  @Transactional
  void checkedIn(UUID person, UUID enrolment, Authentication by) {
    RecordAccess allowed =
        capabilities.require(
            person,
            by,
            OFFER_PATHWAY,
            "pathway.checked-in",
            Map.of("enrolment", enrolment.toString()));
    find(person, enrolment);
    tasks.done(enrolment, allowed.account(), clock.instant());
  }

  private Journey journey(@Nullable RecordAccess allowed, Enrolment found) {
    RecordAccess shown =
        allowed == null
            ? new RecordAccess(
                found.person(), found.person(), "PATIENT", RecordAccess.Basis.THE_PERSON)
            : allowed;
    return new Journey(
        shown,
        found,
        version(found),
        enrolments.progress(found.id()),
        tasks.unanswered(found.id()).orElse(null));
  }

  private Pathway version(Enrolment found) {
    return pathways.version(found.pathway(), found.version()).orElseThrow();
  }

  private Enrolment find(UUID person, UUID enrolment) {
    return enrolments
        .find(enrolment)
        .filter(e -> e.person().equals(person))
        .orElseThrow(RecordNotFoundException::new);
  }

  private Enrolment lock(UUID person, UUID enrolment) {
    return enrolments
        .lock(enrolment)
        .filter(e -> e.person().equals(person))
        .orElseThrow(RecordNotFoundException::new);
  }

  private void thePerson(
      UUID person, Authentication by, String action, UUID enrolment, String what) {
    RecordAccess allowed =
        access.requireToChange(
            person, by, action, Map.of("enrolment", enrolment.toString(), "what", what));
    if (!allowed.isThePerson()) {
      throw new ActionNotAllowedException("Only the person chooses how their pathway goes");
    }
  }

  private static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
