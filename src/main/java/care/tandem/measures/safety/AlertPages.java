package care.tandem.measures.safety;

import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the alerts pages: shaped for display, no entities. */
public final class AlertPages {

  private AlertPages() {}

  /**
   * The alerts list.
   *
   * @param waiting alerts for people on the viewer's teams, theirs first
   * @param escalated for a service lead, alerts escalated to their services
   */
  public record ListPage(
      List<Line> waiting, List<Line> escalated, boolean serviceLead, @Nullable String notice) {}

  /**
   * One alert in a list.
   *
   * @param href the alert's page, or null when the viewer is not on the person's team
   * @param person the person's name, or null when the viewer is not on the person's team
   */
  public record Line(
      @Nullable String href,
      @Nullable String person,
      String instrument,
      String raised,
      String owner,
      String status,
      String statusColour,
      @Nullable String escalated) {}

  /** One alert, with the forms to acknowledge and close it. */
  public record AlertPage(
      String title,
      String personName,
      String recordHref,
      List<SummaryListRow> summary,
      List<FlaggedAnswer> flagged,
      List<String> history,
      boolean open,
      boolean closed,
      boolean mayClose,
      String acknowledgeAction,
      String closeAction,
      FormView acknowledgeForm,
      FormView closeForm,
      List<Choice> outcomes,
      @Nullable String problem,
      @Nullable String notice) {}

  /**
   * A safety alert on the person's record: the warning at the top of each page and the history.
   *
   * @param questions what raised it ("PHQ-9 question 9")
   * @param waiting true while nobody has acknowledged it
   * @param href the alert's page, or null when the viewer is not on the team
   * @param rows the history: who owns it, who acknowledged and closed it, and the outcome
   */
  public record OnRecord(
      String heading,
      String questions,
      String raised,
      String owner,
      String status,
      boolean waiting,
      @Nullable String href,
      List<SummaryListRow> rows) {}

  /** A question flagged, and the answer the person gave. */
  public record FlaggedAnswer(String question, String answer) {}
}
