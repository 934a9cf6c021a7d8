package care.tandem.system;

import java.util.UUID;

/**
 * What any module may know about the person signed in. The identity module's principal implements
 * it; {@code Authentication.getName()} is always the account id as a string.
 */
public interface SignedInUser {

  UUID accountId();

  String displayName();

  /**
   * True while they are signed in with a temporary password an admin set. Until they choose their
   * own, {@code SecurityConfiguration} sends every page but a few to the change-password page.
   */
  default boolean passwordMustChange() {
    return false;
  }

  /**
   * True while an admin who must use two-factor sign-in has not set it up. Until they do, {@code
   * SecurityConfiguration} sends every page but a few to the two-factor set-up page.
   */
  default boolean twoFactorMustBeSetUp() {
    return false;
  }
}
