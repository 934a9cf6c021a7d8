package care.tandem.identity.signin;

import care.tandem.system.form.FormView;

/** The page asking for a two-factor code during sign-in, with the CSRF token. */
public record TwoFactorSignInPage(FormView form, String csrfParameter, String csrfToken) {}
