package care.tandem.plan;

import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.Created;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;

/**
 * Adding or changing one item of the plan, for {@link CarePlans}, the same for every {@link
 * ItemStore}: under the plan's lock; an add once per idempotency key; a change only if nobody
 * changed the item since the editor's starting version, and not at all if nothing changed. Callers
 * hold the transaction.
 */
final class ItemSaving {

  private final PlanRepository plans;
  private final PlanSteps steps;

  ItemSaving(PlanRepository plans, PlanSteps steps) {
    this.plans = plans;
    this.steps = steps;
  }

  <D extends Record> Created add(
      ItemStore<D> store, UUID person, D item, UUID idempotencyKey, Authentication viewer) {
    String what = store.kind() + "-added";
    RecordAccess allowed = steps.changing(person, viewer, what);
    steps.requireOnTeam(allowed, store.member().apply(item));
    Instant now = steps.now();
    int current = plans.lock(person, now);
    Optional<PlanRepository.Keyed> earlier = store.byKey().apply(idempotencyKey);
    if (earlier.isPresent()) {
      return PlanSteps.repeated(earlier.get(), person);
    }
    UUID id = UUID.randomUUID();
    store.insert().insert(person, id, item, idempotencyKey, current + 1, allowed.account(), now);
    steps.saved(allowed, current + 1, what, store.title().apply(item), now);
    return new Created(id, true);
  }

  /** Saves {@code item} as the item {@code id}; {@code merged} records it as a merge. */
  <D extends Record> int change(
      ItemStore<D> store,
      UUID person,
      UUID id,
      int startingVersion,
      D item,
      Authentication viewer,
      boolean merged) {
    Changing<D> changing = open(store, person, id, viewer);
    if (!Objects.equals(store.member().apply(changing.existing()), store.member().apply(item))) {
      steps.requireOnTeam(changing.allowed(), store.member().apply(item));
    }
    return save(store, changing, startingVersion, item, merged);
  }

  /** The item {@code id} as it stands, under the plan's lock, once the viewer may change it. */
  <D extends Record> Changing<D> open(
      ItemStore<D> store, UUID person, UUID id, Authentication viewer) {
    RecordAccess allowed = steps.changing(person, viewer, store.kind(), id);
    Instant now = steps.now();
    int current = plans.lock(person, now);
    D existing = store.in().apply(plans.plan(person), id).orElseThrow(RecordNotFoundException::new);
    return new Changing<>(allowed, id, current, existing, now);
  }

  <D extends Record> int save(
      ItemStore<D> store, Changing<D> changing, int startingVersion, D item, boolean merged) {
    int current = changing.current();
    if (changing.existing().equals(item)) {
      return current;
    }
    RecordAccess allowed = changing.allowed();
    int version = current + 1;
    if (startingVersion > current
        || !store
            .update()
            .update(
                allowed.person(),
                changing.id(),
                startingVersion,
                item,
                version,
                allowed.account(),
                changing.now())) {
      throw new PlanChangedElsewhereException(item);
    }
    String what = merged ? "plan-merged" : store.changed().apply(changing.existing(), item);
    steps.saved(allowed, version, what, store.title().apply(item), changing.now());
    return version;
  }

  /** An item being changed: who may, the plan's version under the lock, the item as it stands. */
  record Changing<D>(RecordAccess allowed, UUID id, int current, D existing, Instant now) {}
}
