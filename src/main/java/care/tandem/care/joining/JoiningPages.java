package care.tandem.care.joining;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view models of the joining pages. */
public final class JoiningPages {

  private JoiningPages() {}

  /** One invitation as the team sees it. */
  public record InvitationLine(
      String sent, String how, String sentBy, String state, String stateColour, String detail) {}

  /**
   * The team's invitations page: who has joined, the open invitation with its actions, or the form
   * to invite.
   */
  public record InvitationsPage(
      RecordHeader header,
      String name,
      boolean joined,
      @Nullable InvitationLine open,
      @Nullable String resendAction,
      @Nullable String withdrawAction,
      String resendKey,
      FormView form,
      @Nullable String emailOnRecord,
      boolean mailOn,
      String inviteAction,
      List<InvitationLine> all,
      @Nullable String notice) {}

  /** The printable letter, with its code shown this once (null when the page is opened again). */
  public record LetterPage(
      String backHref,
      String givenName,
      @Nullable String code,
      String joinAddress,
      String expires) {}

  /** The record section for the team. */
  public record RecordPart(
      boolean joined, @Nullable InvitationLine latest, String href, String linkText) {}

  /**
   * Typing the code from a letter or e-mail. The CSRF token is the page's own: the layout gives
   * none to visitors who have not signed in.
   */
  public record CodePage(FormView form, String action, String csrfParameter, String csrfToken) {}

  /** Starting to join: make an account, sign in, or use NHS login. */
  public record StartPage(
      FormView form,
      boolean nhsLogin,
      String nhsLoginHref,
      String csrfParameter,
      String csrfToken) {}

  /** Confirming the date of birth. */
  public record ConfirmPage(
      FormView form, @Nullable String wholeDateError, @Nullable String triesLeft) {}

  /** Something stopped the joining: one page per problem, in plain words. */
  public record ProblemPage(
      String title,
      List<String> paragraphs,
      @Nullable String linkHref,
      @Nullable String linkText) {}

  /** The admin page for linking and unlinking. */
  public record LinksPage(
      FormView link, FormView unlink, List<List<String>> changes, @Nullable String notice) {}
}
