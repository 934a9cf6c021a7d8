package care.tandem.identity.signin;

import care.tandem.identity.account.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the account to check a password against, by email. A deactivated account is treated exactly
 * like a missing one, so sign-in never tells anyone which accounts exist. After a successful check
 * against a hash weaker than the current encoding, stores a new hash of the same password.
 */
final class ActiveAccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

  private static final Logger log = LoggerFactory.getLogger(ActiveAccountDetailsService.class);

  private final AccountRepository accounts;

  ActiveAccountDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String email) {
    return accounts
        .findCredentialsByEmail(email)
        .filter(found -> found.account().active())
        .map(found -> new TandemUser(found.account(), found.passwordHash()))
        .orElseThrow(() -> new UsernameNotFoundException("No active account"));
  }

  /** Called by Spring Security only after the password has been checked and found right. */
  @Override
  public UserDetails updatePassword(UserDetails user, String newHash) {
    String oldHash = user.getPassword();
    if (user instanceof TandemUser signedIn
        && oldHash != null
        && accounts.replacePasswordHash(signedIn.accountId(), oldHash, newHash)) {
      log.info(
          "Password hash of account {} upgraded to the current strength", signedIn.accountId());
    }
    return user;
  }
}
