package care.tandem.care.team;

import care.tandem.care.web.MemberLine;
import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the care team pages. */
public final class TeamPages {

  private TeamPages() {}

  /** The team page: members now, members before, and every request with its outcome. */
  public record TeamPage(
      RecordHeader header,
      List<MemberRow> current,
      List<MemberLine> past,
      List<RequestLine> requests,
      @Nullable String bringInHref,
      @Nullable String inviteHref,
      @Nullable String notice) {}

  /** A current member and what the viewer may do about them. */
  public record MemberRow(
      MemberLine member,
      @Nullable String leaveAction,
      @Nullable String leaveLabel,
      @Nullable String askToRemoveHref) {}

  /** A request as it shows on the record and in lists. */
  public record RequestLine(
      String kind,
      String askedBy,
      String asked,
      String target,
      String question,
      String status,
      String statusColour,
      @Nullable String outcome,
      @Nullable String withdrawAction,
      @Nullable String decideHref) {}

  /** A form about the team: bring in a colleague, invite, or ask to remove. */
  public record TeamFormPage(
      RecordHeader header,
      String heading,
      String action,
      String submitLabel,
      FormView form,
      String choiceLegend,
      List<Choice> choices,
      String questionLabel,
      @Nullable String about) {}

  /** The requests a practitioner may decide. */
  public record RequestListPage(List<RequestLine> open, @Nullable String notice) {}

  /** One request to decide: who it is about, what is asked, and the accept and decline forms. */
  public record DecisionPage(
      String personName,
      List<SummaryListRow> summary,
      RequestLine request,
      boolean open,
      String acceptAction,
      String declineAction,
      FormView acceptForm,
      FormView declineForm,
      List<Choice> joiners,
      @Nullable String problem) {}
}
