package care.tandem.identity.signin;

import org.springframework.security.authentication.BadCredentialsException;

/** The email address or password was left empty; nothing was checked or counted. */
class SignInIncompleteException extends BadCredentialsException {

  SignInIncompleteException() {
    super("Email address or password missing");
  }
}
