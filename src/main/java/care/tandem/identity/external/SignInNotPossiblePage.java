package care.tandem.identity.external;

/** What the "you could not sign in" page shows: the way they tried, and why it did not work. */
public record SignInNotPossiblePage(String via, String reason) {}
