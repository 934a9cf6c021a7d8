package care.tandem.identity.reset;

import care.tandem.system.form.FormView;

/**
 * The forgotten-password page: the form asking for an email address, or (once asked) the same
 * message for every address; how long a link lasts; and the CSRF token.
 */
public record ForgottenPasswordPage(
    FormView form, boolean sent, long linkMinutes, String csrfParameter, String csrfToken) {}
