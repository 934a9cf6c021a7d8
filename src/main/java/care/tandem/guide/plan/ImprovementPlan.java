package care.tandem.guide.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A practitioner's improvement plan: save, annotate and remove problems and solutions. */
@Service
@Transactional
public class ImprovementPlan {

  private final PlanItemRepository items;

  ImprovementPlan(PlanItemRepository items) {
    this.items = items;
  }

  /** Saves a guide entry to the plan; false if the guide has no such entry. */
  boolean save(PlanOwner owner, String kind, String itemId) {
    if (!items.guideHas(kind, itemId)) {
      return false;
    }
    items.add(owner.accountId(), kind, itemId);
    return true;
  }

  @Transactional(readOnly = true)
  List<PlanItem> items(PlanOwner owner) {
    return items.findAll(owner.accountId());
  }

  @Transactional(readOnly = true)
  Optional<PlanItem> item(PlanOwner owner, UUID id) {
    return items.find(owner.accountId(), id);
  }

  /** What guide pages offer this viewer: save buttons, "in your plan", or a sign-in link. */
  @Transactional(readOnly = true)
  public PlanButtons buttonsFor(@Nullable Authentication viewer) {
    if (!PlanOwner.isSignedIn(viewer)) {
      return new PlanButtons(false, false, Set.of(), Set.of());
    }
    return PlanOwner.of(viewer)
        .map(
            owner ->
                new PlanButtons(
                    true,
                    true,
                    items.savedIds(owner.accountId(), PlanItem.PROBLEM),
                    items.savedIds(owner.accountId(), PlanItem.SOLUTION)))
        .orElse(PlanButtons.NONE);
  }

  /**
   * Saves a note and date edited from {@code version}. Sending the same values twice (a double
   * submit) is not a conflict; different values over a newer version are.
   */
  Edit edit(PlanOwner owner, UUID id, int version, String note, @Nullable LocalDate date) {
    if (items.update(owner.accountId(), id, version, note, date)) {
      return new Edit(Edit.Outcome.SAVED, null);
    }
    Optional<PlanItem> current = items.find(owner.accountId(), id);
    if (current.isEmpty()) {
      return new Edit(Edit.Outcome.NOT_FOUND, null);
    }
    if (current.get().sameAs(note, date)) {
      return new Edit(Edit.Outcome.SAVED, current.get());
    }
    return new Edit(Edit.Outcome.CHANGED_ELSEWHERE, current.get());
  }

  boolean remove(PlanOwner owner, UUID id) {
    return items.delete(owner.accountId(), id);
  }

  /** What happened to an edit, and the item as it now stands when that matters. */
  record Edit(Outcome outcome, @Nullable PlanItem current) {
    enum Outcome {
      SAVED,
      NOT_FOUND,
      CHANGED_ELSEWHERE
    }
  }
}
