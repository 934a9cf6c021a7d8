package care.tandem.identity.signin;

import care.tandem.system.form.FormView;
import org.jspecify.annotations.Nullable;

/**
 * The change-password page: the form (passwords are never shown again), whether an admin has set a
 * temporary password that must be replaced, and a success message after a change.
 */
public record PasswordChangePage(
    FormView form, boolean mustChange, String hint, @Nullable String notice) {}
