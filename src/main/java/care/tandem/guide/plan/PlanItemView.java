package care.tandem.guide.plan;

import care.tandem.system.components.SummaryListRow;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

  /** The note line by line, or {@code ifEmpty} when there is none. */
  public List<String> noteLines(String ifEmpty) {
    return note.isEmpty() ? List.of(ifEmpty) : List.of(note.split("\n"));
  }

  public String targetDateOr(String ifNone) {
    return targetDate == null ? ifNone : targetDate;
  }

  /** Note and date for the printed plan. */
  public List<SummaryListRow> printRows() {
    return List.of(
        SummaryListRow.of("Note", noteLines("No note")),
        SummaryListRow.of("Target date", targetDateOr("No date")));
  }

  public String editHref() {
    return "/guide/plan/items/" + id;
  }

  public String removeAction() {
    return "/guide/plan/items/" + id + "/remove";
  }
}
