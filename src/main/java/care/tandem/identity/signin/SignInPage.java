package care.tandem.identity.signin;

import care.tandem.system.form.FormView;

/**
 * What the sign-in page shows: the form, whether the person has just signed out, and the CSRF token
 * (the page frame only carries one for people already signed in).
 */
public record SignInPage(
    FormView form, boolean signedOut, String csrfParameter, String csrfToken) {}
