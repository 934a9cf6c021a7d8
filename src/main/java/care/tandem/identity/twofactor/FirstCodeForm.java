package care.tandem.identity.twofactor;

/** The first code from the authenticator app, which turns two-factor sign-in on. */
public record FirstCodeForm(String code) {}
