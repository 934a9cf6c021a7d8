package care.tandem.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a kind of plan item (a goal, an action) is taken apart into fields for merging two edits, and
 * put back together. Field values are the text forms post ("SHARED", an account id, "2026-05-12").
 */
interface ItemFields<D extends Record> {

  /** "goal" or "action": in addresses and page text. */
  String kind();

  List<Field> fields();

  Map<String, String> values(D draft);

  /** The item these values describe; empty if any value is one the forms never post. */
  Optional<D> draft(Map<String, String> values);

  /** A value as people read it: a section's name, an owner's name, a date in words. */
  String shown(String field, String value, PlanPeople.Who who);

  /** The item as it stands in a plan, if the plan has it. */
  Optional<Saved<D>> in(CarePlan plan, UUID id);

  /**
   * One field: its name in forms, its label, the message when no version of it is chosen, and for
   * text the rules a combined text must meet.
   */
  record Field(String name, String label, String whenNotChosen, @Nullable Text text) {

    boolean isText() {
      return text != null;
    }
  }

  /** The rules for a text field, with their messages. */
  record Text(int maxLength, String whenEmpty, String whenTooLong) {}

  /** An item as saved, with who saved it and when, and a name for headings. */
  record Saved<D>(D draft, String title, UUID by, Instant at) {}
}
