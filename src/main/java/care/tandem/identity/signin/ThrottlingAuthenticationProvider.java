package care.tandem.identity.signin;

import care.tandem.identity.account.AccountRepository;
import care.tandem.identity.account.PasswordPolicy;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password, but only after the throttle allows it. Unknown, deactivated and
 * wrong-password attempts all fail the same way and take the same time (Spring Security hashes a
 * dummy password for unknown accounts), so sign-in never reveals whether an account exists. A hash
 * weaker than the current encoding is replaced once its password has been checked.
 */
@Component
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

  static final int MAXIMUM_EMAIL_LENGTH = 254;

  private final DaoAuthenticationProvider passwords;
  private final SignInAttempts attempts;

  ThrottlingAuthenticationProvider(
      AccountRepository accounts, PasswordEncoder encoder, SignInAttempts attempts) {
    ActiveAccountDetailsService details = new ActiveAccountDetailsService(accounts);
    this.passwords = new DaoAuthenticationProvider(details);
    this.passwords.setPasswordEncoder(encoder);
    this.passwords.setUserDetailsPasswordService(details);
    this.passwords.afterPropertiesSet();
    this.attempts = attempts;
  }

  @Override
  public Authentication authenticate(Authentication request) throws AuthenticationException {
    String typed = request.getName().strip().toLowerCase(Locale.ROOT);
    String email = shortened(typed);
    String password = request.getCredentials() instanceof String text ? text : "";
    if (email.isEmpty() || password.isEmpty()) {
      throw new SignInIncompleteException();
    }
    String address = addressOf(request);
    OptionalLong attempt = attempts.begin(email, address);
    if (attempt.isEmpty()) {
      throw new SignInThrottledException();
    }
    try {
      if (!PasswordPolicy.fitsBcrypt(password) || typed.length() > MAXIMUM_EMAIL_LENGTH) {
        // bcrypt would compare only the first 72 bytes; no password or email we accept is this
        // long.
        throw new BadCredentialsException("Too long to be right");
      }
      UsernamePasswordAuthenticationToken check =
          UsernamePasswordAuthenticationToken.unauthenticated(email, password);
      check.setDetails(request.getDetails());
      Authentication result = passwords.authenticate(check);
      attempts.succeeded(attempt.getAsLong(), (TandemUser) result.getPrincipal(), address);
      return result;
    } catch (AuthenticationException e) {
      attempts.failed(email, address);
      throw new BadCredentialsException("Email address or password not right");
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /**
   * Cut to the longest an email address can be, control characters replaced, for the attempt
   * records and the audit (PostgreSQL text cannot hold a NUL).
   */
  static String shortened(String email) {
    String cut =
        email.length() > MAXIMUM_EMAIL_LENGTH ? email.substring(0, MAXIMUM_EMAIL_LENGTH) : email;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }

  private static String addressOf(Authentication request) {
    String address =
        request.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    return address == null ? "unknown" : address;
  }
}
