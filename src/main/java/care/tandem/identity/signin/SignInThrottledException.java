package care.tandem.identity.signin;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts for this email or network address; the password was not checked. */
class SignInThrottledException extends AuthenticationException {

  SignInThrottledException() {
    super("Too many failed sign-in attempts");
  }
}
