package care.tandem.plan.flareup;

import static care.tandem.system.Capability.CHANGE_CARE_PLAN;

import care.tandem.care.Capabilities;
import care.tandem.care.RecordAccess;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and saving a person's flare-up plan. A save checks (and audits) that the viewer may
 * change the plan, then adds a new version on top of the one the edit started from: if someone
 * saved in between, nothing is stored and the caller shows both. A double submit stores one
 * version.
 */
@Service
class FlareUpPlans {

  /** What became of a save. */
  enum Saved {
    SAVED,
    /** The same form was sent twice: the first one counts. */
    ALREADY_SAVED
  }

  private final Capabilities access;
  private final FlareUpRepository repository;
  private final Clock clock = Clock.systemUTC();

  FlareUpPlans(Capabilities access, FlareUpRepository repository) {
    this.access = access;
    this.repository = repository;
  }

  FlareUpPlan current(RecordAccess allowed) {
    return repository.current(allowed.person());
  }

  /**
   * Saves the four lists as the next version after {@code startedFrom}.
   *
   * @throws FlareUpChangedException when the plan has a newer version than {@code startedFrom}
   */
  @Transactional
  Saved save(
      UUID person, Authentication viewer, int startedFrom, List<List<String>> parts, UUID key) {
    RecordAccess allowed =
        access.require(
            person,
            viewer,
            CHANGE_CARE_PLAN,
            "flare-up-plan.changed",
            Map.of("version", Integer.toString(startedFrom + 1)));
    if (repository.keyUsed(key)) {
      return Saved.ALREADY_SAVED;
    }
    FlareUpPlan now = repository.current(person);
    if (now.version() != startedFrom) {
      throw new FlareUpChangedException(now);
    }
    FlareUpPlan next =
        new FlareUpPlan(
            person,
            startedFrom + 1,
            parts.get(0),
            parts.get(1),
            parts.get(2),
            parts.get(3),
            allowed.account(),
            clock.instant());
    if (!repository.insert(next, key)) {
      if (repository.keyUsed(key)) {
        return Saved.ALREADY_SAVED;
      }
      throw new FlareUpChangedException(repository.current(person));
    }
    return Saved.SAVED;
  }
}
