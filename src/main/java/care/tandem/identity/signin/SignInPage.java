package care.tandem.identity.signin;

import care.tandem.system.form.FormView;

/**
 * What the sign-in page shows: the form, whether the person has just signed out or unlocked sign-in
 * with an emailed link, reset their password, whether sign-in is being slowed and an unlock link
 * e-mailed, the CSRF token (the page frame only carries one for people already signed in), and
 * whether NHS login and NHS CIS2 are offered (only when configured).
 */
public record SignInPage(
    FormView form,
    boolean signedOut,
    boolean unlocked,
    boolean unlockLinkSent,
    boolean passwordReset,
    boolean twoFactorExpired,
    String csrfParameter,
    String csrfToken,
    boolean nhsLogin,
    boolean cis2) {}
