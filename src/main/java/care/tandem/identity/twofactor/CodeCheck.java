package care.tandem.identity.twofactor;

/** The outcome of checking a code typed at sign-in (or a password typed to turn two-factor off). */
public enum CodeCheck {
  /** A right authenticator code, or an unused recovery code. */
  RIGHT,
  /** Not a code the app would show now, nor an unused recovery code. */
  WRONG,
  /** The right code, but one already accepted: wait for the app's next code. */
  ALREADY_USED,
  /** Too many wrong codes lately: nothing was checked. */
  TOO_MANY_TRIES
}
