package care.tandem.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.stereotype.Component;

/**
 * Gives each sign-in attempt its network address and known-device cookie ({@link SignInDetails}).
 */
@Component
class SignInDetailsSource
    implements AuthenticationDetailsSource<HttpServletRequest, SignInDetails> {

  @Override
  public SignInDetails buildDetails(HttpServletRequest request) {
    return new SignInDetails(request);
  }
}
