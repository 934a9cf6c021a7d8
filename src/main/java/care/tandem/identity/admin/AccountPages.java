package care.tandem.identity.admin;

import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the account admin pages. */
public final class AccountPages {

  private AccountPages() {}

  public record ListPage(
      String search, List<Row> accounts, boolean moreThanShown, @Nullable String notice) {}

  public record Row(String name, String email, String role, boolean active, String href) {}

  public record DetailPage(
      String name,
      String email,
      String role,
      boolean active,
      boolean passwordMustChange,
      List<String> organisations,
      List<String> services,
      String changeHref,
      String passwordHref,
      String statusAction,
      int version,
      @Nullable String notice,
      @Nullable String problem) {}

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
