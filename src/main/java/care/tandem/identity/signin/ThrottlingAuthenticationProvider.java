package care.tandem.identity.signin;

import care.tandem.identity.account.AccountRepository;
import care.tandem.identity.account.PasswordPolicy;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
 * Checks an email and password, but only after the throttle ({@link SignInAttempts}) allows it.
 * Unknown, deactivated and wrong-password attempts all fail the same way and take the same time
 * (Spring Security hashes a dummy password for unknown accounts), so sign-in never reveals whether
 * an account exists; a refused attempt offers an unlock link the same way for every address. A
 * browser known for the account (its device cookie) is let through while the account or the network
 * address is being slowed. A hash weaker than the current encoding is replaced once its password
 * has been checked.
 */
@Component
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

  static final int MAXIMUM_EMAIL_LENGTH = 254;

  private final AccountRepository accounts;
  private final DaoAuthenticationProvider passwords;
  private final SignInAttempts attempts;
  private final KnownDevices devices;
  private final UnlockMail unlockMail;

  ThrottlingAuthenticationProvider(
      AccountRepository accounts,
      PasswordEncoder encoder,
      SignInAttempts attempts,
      KnownDevices devices,
      UnlockMail unlockMail) {
    this.accounts = accounts;
    ActiveAccountDetailsService details = new ActiveAccountDetailsService(accounts);
    this.passwords = new DaoAuthenticationProvider(details);
    this.passwords.setPasswordEncoder(encoder);
    this.passwords.setUserDetailsPasswordService(details);
    this.passwords.afterPropertiesSet();
    this.attempts = attempts;
    this.devices = devices;
    this.unlockMail = unlockMail;
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
    String device = knownDevice(request, email).orElse(null);
    SignInAttempts.Decision decision = attempts.begin(email, address, device);
    if (decision instanceof SignInAttempts.Refused refused) {
      unlockMail.offer(email);
      throw new SignInThrottledException(
          ThrottleRules.minutesUntil(refused.until(), attempts.now()));
    }
    long attempt = ((SignInAttempts.Allowed) decision).attempt();
    try {
      if (!PasswordPolicy.fitsBcrypt(password) || typed.length() > MAXIMUM_EMAIL_LENGTH) {
        // bcrypt would compare only the first 72 bytes; no password or email we accept is this
        // long.
        throw new BadCredentialsException("Too long to be right");
      }
      UsernamePasswordAuthenticationToken check =
          UsernamePasswordAuthenticationToken.unauthenticated(email, password);
      // The session keeps these details: the address, never the device cookie.
      check.setDetails(new WebAuthenticationDetails(address, sessionOf(request)));
      Authentication result = passwords.authenticate(check);
      attempts.succeeded(attempt, (TandemUser) result.getPrincipal(), address, device != null);
      return result;
    } catch (AuthenticationException e) {
      attempts.failed(email, address, device != null);
      throw new BadCredentialsException("Email address or password not right");
    }
  }

  /**
   * After a password reset by e-mailed link, the email address's count of wrong passwords starts
   * again, as after an unlock, so the person can sign in with their new password at once.
   */
  public void startAgain(String email, String address) {
    attempts.unlocked(shortened(email.strip().toLowerCase(Locale.ROOT)), address);
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

  /** The id of the device cookie's entry for this email's account, when it has a sound one. */
  private Optional<String> knownDevice(Authentication request, String email) {
    String cookie =
        request.getDetails() instanceof SignInDetails details ? details.deviceCookie() : null;
    if (cookie == null) {
      return Optional.empty();
    }
    Optional<UUID> account =
        accounts.findCredentialsByEmail(email).map(found -> found.account().id());
    return account.flatMap(id -> devices.deviceFor(cookie, id)).map(DeviceCookie.Device::id);
  }

  private static String addressOf(Authentication request) {
    String address =
        request.getDetails() instanceof WebAuthenticationDetails details
            ? details.getRemoteAddress()
            : null;
    return address == null ? "unknown" : address;
  }

  private static @Nullable String sessionOf(Authentication request) {
    return request.getDetails() instanceof WebAuthenticationDetails details
        ? details.getSessionId()
        : null;
  }
}
