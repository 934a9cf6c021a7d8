package care.tandem.plan;

import care.tandem.identity.Created;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * What a kind of plan item (a goal, an action) brings to the one {@link PlanItemFlow}: its fields,
 * its form and page, its words, and how {@link CarePlans} saves it. The flow does the rest.
 *
 * @param fields its fields, for merging two edits; {@link ItemFields#kind()} names it in addresses
 * @param view the template of its form page
 * @param blank a form to add one, in a section if one is chosen
 * @param form a form to change one, from the plan version it stands at
 * @param merge saves the merge of two edits, recorded as {@code plan-merged}
 * @param date its date as saved: a review or due date that may stay even once it has passed
 */
record ItemKind<D extends Record, F extends Record & ItemForm<D>>(
    ItemFields<D> fields,
    String view,
    Words words,
    Function<@Nullable PlanSection, F> blank,
    BiFunction<D, Integer, F> form,
    Function<D, PlanSection> section,
    Function<D, @Nullable LocalDate> date,
    Adding<D> add,
    Saving<D> change,
    Saving<D> merge) {

  /** Its page headings, and the banners on the plan once one is added or saved. */
  record Words(String addHeading, String changeHeading, String added, String saved) {}

  /** Adds one: {@link CarePlans#addGoal} or {@link CarePlans#addAction}. */
  @FunctionalInterface
  interface Adding<D> {
    Created add(UUID person, D draft, UUID idempotencyKey, Authentication viewer);
  }

  /**
   * Saves a change to one, or the merge of two edits of it: {@link CarePlans#changeGoal}, {@link
   * CarePlans#mergeGoal} and their kind for actions.
   */
  @FunctionalInterface
  interface Saving<D> {
    int save(UUID person, UUID item, int startingVersion, D draft, Authentication viewer);
  }
}
