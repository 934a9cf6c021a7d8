package care.tandem.identity.signin;

/**
 * The sign-in form. Spring Security reads the POST itself; this record only shapes the page, and
 * the password is never shown again.
 */
public record SignInForm(String email, String password) {}
