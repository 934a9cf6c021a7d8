package care.tandem.identity.signin;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts for this email or from this network address; the password was not
 * checked. Says how many whole minutes to wait.
 */
class SignInThrottledException extends AuthenticationException {

  private final long minutes;

  SignInThrottledException(long minutes) {
    super("Too many failed sign-in attempts");
    this.minutes = minutes;
  }

  long minutes() {
    return minutes;
  }
}
