package care.tandem.plan.flareup;

import care.tandem.care.web.HiddenFields;
import care.tandem.system.form.FormView;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The flare-up plan as posted: each part a box with one item a line, the version the edit started
 * from and an idempotency key.
 */
record FlareUpForm(
    @Nullable String earlySigns,
    @Nullable String whatHelps,
    @Nullable String whatToAvoid,
    @Nullable String whoToContact,
    @Nullable String version,
    @Nullable String idempotencyKey) {

  /** The parts in page order: field name and the name used in error messages. */
  static final List<List<String>> PARTS =
      List.of(
          List.of("earlySigns", "Early signs"),
          List.of("whatHelps", "What helps"),
          List.of("whatToAvoid", "What to avoid"),
          List.of("whoToContact", "Who to contact"));

  static FlareUpForm of(FlareUpPlan plan) {
    return new FlareUpForm(
        String.join("\n", plan.earlySigns()),
        String.join("\n", plan.whatHelps()),
        String.join("\n", plan.whatToAvoid()),
        String.join("\n", plan.whoToContact()),
        Integer.toString(plan.version()),
        UUID.randomUUID().toString());
  }

  /** The same words, to save again on top of a newer version. */
  FlareUpForm at(int newer) {
    return new FlareUpForm(
        earlySigns, whatHelps, whatToAvoid, whoToContact, Integer.toString(newer), idempotencyKey);
  }

  Optional<UUID> key() {
    return HiddenFields.optionalId(idempotencyKey);
  }

  /** The four parts as lists, blank lines left out. */
  List<List<String>> parts() {
    return List.of(items(earlySigns), items(whatHelps), items(whatToAvoid), items(whoToContact));
  }

  /** The form with an error against each part that needs one, in page order. */
  FormView checked() {
    FormView view = FormView.of(this);
    List<List<String>> parts = parts();
    for (int i = 0; i < PARTS.size(); i++) {
      List<String> items = parts.get(i);
      String field = PARTS.get(i).get(0);
      String name = PARTS.get(i).get(1);
      if (items.size() > FlareUpPlan.ITEMS_LIMIT) {
        view = view.withError(field, name + " can have up to 8 lines. Keep the most useful ones");
      } else if (items.stream()
          .anyMatch(item -> item.codePointCount(0, item.length()) > FlareUpPlan.ITEM_LENGTH)) {
        view =
            view.withError(
                field, "Each line of " + lower(name) + " must be 150 characters or fewer");
      }
    }
    if (!view.hasErrors() && parts.stream().allMatch(List::isEmpty)) {
      view = view.withError("earlySigns", "Enter at least one line in any part of the plan");
    }
    return view;
  }

  private static String lower(String name) {
    return name.substring(0, 1).toLowerCase(java.util.Locale.UK) + name.substring(1);
  }

  static List<String> items(@Nullable String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R"))
        .map(line -> line.replaceAll("\\s+", " ").strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
