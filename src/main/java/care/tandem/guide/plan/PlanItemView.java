package care.tandem.guide.plan;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A plan item as pages show it: title and link, note, and the date written out in full. */
public record PlanItemView(
    String id,
    String kindLabel,
    String title,
    @Nullable String href,
    String note,
    @Nullable String targetDate) {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  static PlanItemView of(PlanItem item) {
    boolean inGuide = item.title() != null;
    String kind = PlanItem.PROBLEM.equals(item.kind()) ? "Problem" : "Solution";
    return new PlanItemView(
        item.id().toString(),
        kind,
        inGuide
            ? item.title()
            : "This " + kind.toLowerCase(Locale.UK) + " is no longer in the guide",
        inGuide ? "/guide/" + item.kind() + "s/" + item.itemId() : null,
        item.note(),
        item.targetDate() == null ? null : LONG_DATE.format(item.targetDate()));
  }

  static String longDate(java.time.LocalDate date) {
    return LONG_DATE.format(date);
  }

  public String editHref() {
    return "/guide/plan/items/" + id;
  }

  public String removeAction() {
    return "/guide/plan/items/" + id + "/remove";
  }
}
