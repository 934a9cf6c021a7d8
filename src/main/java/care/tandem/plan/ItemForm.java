package care.tandem.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A form that adds or changes one plan item. {@code version} is the plan version the edit started
 * from; {@code idempotencyKey} makes a double submit of "add" store one item.
 */
interface ItemForm<D extends Record> {

  @Nullable String version();

  @Nullable String idempotencyKey();

  default int startingVersion() {
    return PlanText.version(version());
  }

  default Optional<UUID> key() {
    return PlanText.uuid(idempotencyKey());
  }

  /**
   * The item the form describes, or the form shaped for showing again with every error.
   *
   * @param saved the item's date as saved, which may stay even if it has passed
   */
  Checked<D> check(BindingResult result, @Nullable LocalDate saved, LocalDate today);
}
