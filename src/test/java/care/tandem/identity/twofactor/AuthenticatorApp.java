package care.tandem.identity.twofactor;

import java.time.Instant;

/** What a person's authenticator app does, for tests outside this package: the code for a key. */
public final class AuthenticatorApp {

  private AuthenticatorApp() {}

  /** The code for the key as shown on the set-up page, {@code steps} 30-second steps from now. */
  public static String code(String key, int steps) {
    return Totp.code(Base32.decode(key.replace(" ", "")), Totp.step(Instant.now()) + steps);
  }
}
