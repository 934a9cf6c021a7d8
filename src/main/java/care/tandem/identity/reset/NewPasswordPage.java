package care.tandem.identity.reset;

import care.tandem.system.form.FormView;
import org.jspecify.annotations.Nullable;

/**
 * The page a reset link opens: the new-password form for a link that still works (its token), or,
 * with no token, that the link does not work; how long links last; and the CSRF token.
 */
public record NewPasswordPage(
    FormView form,
    @Nullable String token,
    String hint,
    long linkMinutes,
    String csrfParameter,
    String csrfToken) {

  public boolean usable() {
    return token != null;
  }
}
