package care.tandem.care.record;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the record's own pages. */
public final class RecordPages {

  private RecordPages() {}

  /** A practitioner's people. */
  public record PeoplePage(
      List<PersonRow> people, int requestsWaiting, boolean mayStartCare, @Nullable String notice) {}

  public record PersonRow(String name, String dateOfBirth, String nhsNumber, String href) {}

  /** Adding a person, or changing their details. {@code header} is null when adding. */
  public record PersonFormPage(
      String heading,
      String action,
      String submitLabel,
      String backHref,
      FormView form,
      @Nullable String dateError,
      List<Choice> contactChoices,
      @Nullable RecordHeader header,
      @Nullable StaleDetails stale) {}

  /** After a stale edit: what is saved now and what the editor typed, side by side. */
  public record StaleDetails(List<SummaryListRow> saved, List<SummaryListRow> yours) {}

  /** The record overview: "about me" first, then details and the team. */
  public record OverviewPage(
      RecordHeader header,
      List<SummaryListRow> aboutMe,
      boolean aboutMeEmpty,
      @Nullable String aboutMeUpdated,
      @Nullable String changeAboutMeHref,
      List<SummaryListRow> details,
      List<TeamLine> team,
      String teamHref,
      @Nullable String notice) {}

  public record TeamLine(String name, String role, String organisation, boolean lead) {}

  /** "About me": the person's own words, or the form they write them in. */
  public record AboutMePage(
      RecordHeader header,
      List<SummaryListRow> answers,
      @Nullable String updated,
      boolean editable,
      @Nullable FormView form,
      String action,
      @Nullable List<SummaryListRow> savedElsewhere,
      @Nullable String notice) {}
}
