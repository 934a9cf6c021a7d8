package care.tandem.plan.flareup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a person's flare-up plan: four short lists. Version 0 is the empty plan nobody has
 * written yet.
 *
 * @param changedBy who saved this version; null for version 0
 */
public record FlareUpPlan(
    UUID person,
    int version,
    List<String> earlySigns,
    List<String> whatHelps,
    List<String> whatToAvoid,
    List<String> whoToContact,
    @Nullable UUID changedBy,
    @Nullable Instant changedAt) {

  /** The most items a part may hold, and the longest an item may be: short enough for a card. */
  public static final int ITEMS_LIMIT = 8;

  public static final int ITEM_LENGTH = 150;

  public FlareUpPlan {
    earlySigns = List.copyOf(earlySigns);
    whatHelps = List.copyOf(whatHelps);
    whatToAvoid = List.copyOf(whatToAvoid);
    whoToContact = List.copyOf(whoToContact);
  }

  static FlareUpPlan empty(UUID person) {
    return new FlareUpPlan(person, 0, List.of(), List.of(), List.of(), List.of(), null, null);
  }

  public boolean isEmpty() {
    return earlySigns.isEmpty()
        && whatHelps.isEmpty()
        && whatToAvoid.isEmpty()
        && whoToContact.isEmpty();
  }
}
