package care.tandem.identity.twofactor;

/** The current password, to turn two-factor sign-in off. */
public record TurnOffForm(String currentPassword) {}
