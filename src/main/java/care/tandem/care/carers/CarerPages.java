package care.tandem.care.carers;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the carers pages. */
public final class CarerPages {

  private CarerPages() {}

  /** A helper or an invitation on the person's "People who help me" page. */
  public record HelperLine(
      String name,
      String relationship,
      List<String> permissions,
      String since,
      @Nullable String withdrawAction) {}

  /** The person's "People who help me" page. */
  public record HelpersPage(
      RecordHeader header,
      List<HelperLine> helpers,
      List<HelperLine> invitations,
      String inviteHref,
      @Nullable String notice) {}

  /** The person's form to invite a helper. */
  public record InvitePage(
      RecordHeader header, FormView form, List<Choice> permissions, String action, String back) {}

  /** The page an invitation link opens, or why it does not work. */
  public record InvitationPage(
      boolean usable,
      boolean ready,
      @Nullable String token,
      String personName,
      String helperEmail,
      List<String> permissions,
      @Nullable FormView form,
      boolean signedInAsCarer,
      boolean signedInOtherwise,
      String passwordHint,
      long days,
      String csrfParameter,
      String csrfToken) {}

  /** One person a carer helps, on the carer's home page. */
  public record HelpedLine(String name, String href, List<String> permissions) {}

  /** The carer's home page. */
  public record HelpingPage(List<HelpedLine> people, @Nullable String notice) {}

  /** A section of the record a carer may open. */
  public record SectionLink(String text, String href, String description) {}

  /** The record overview as a carer sees it: only the sections they may open. */
  public record CarerRecordPage(
      RecordHeader header, String relationship, List<SectionLink> sections) {}
}
