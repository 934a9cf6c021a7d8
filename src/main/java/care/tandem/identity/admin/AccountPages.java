package care.tandem.identity.admin;

import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the account admin pages. */
public final class AccountPages {

  /** The id of the deactivate or reactivate button, which a refused status change links to. */
  public static final String STATUS_BUTTON = "account-status";

  private AccountPages() {}

  public record ListPage(
      String search, List<Row> accounts, boolean moreThanShown, @Nullable String notice) {}

  public record Row(String name, String email, String role, boolean active, String href) {}

  /**
   * One account. {@code problems} holds a refused status change (stale, or deactivating yourself),
   * linked to the status button. {@code twoFactorResetAction}: where to reset their two-factor
   * sign-in, while they have it.
   */
  public record DetailPage(
      String name,
      List<SummaryListRow> details,
      boolean active,
      String passwordHref,
      String statusAction,
      int version,
      @Nullable String twoFactorResetAction,
      @Nullable String notice,
      List<FormView.ErrorLink> problems) {}

  /** The create and change forms; {@code creating} adds the email and password questions. */
  public record FormPage(
      String heading,
      String caption,
      String action,
      String submitLabel,
      boolean creating,
      FormView form,
      List<Choice> roles,
      List<Choice> organisations,
      List<Choice> services,
      String passwordHint,
      String backHref,
      List<String> unsavedChanges) {

    public boolean stale() {
      return !unsavedChanges.isEmpty();
    }
  }

  public record PasswordResetPage(
      String name, String email, FormView form, String action, String hint, String backHref) {}
}
