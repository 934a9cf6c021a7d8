package care.tandem.identity.signin;

import care.tandem.identity.account.Account;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For MockMvc tests in any package: a request signed in as an account, with its real authorities.
 */
public final class SignedInAs {

  private SignedInAs() {}

  public static RequestPostProcessor account(Account account) {
    TandemUser user = new TandemUser(account, "");
    user.eraseCredentials();
    return SecurityMockMvcRequestPostProcessors.authentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
