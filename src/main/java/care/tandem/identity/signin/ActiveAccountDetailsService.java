package care.tandem.identity.signin;

import care.tandem.identity.account.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the account to check a password against, by email. A deactivated account is treated exactly
 * like a missing one, so sign-in never tells anyone which accounts exist.
 */
final class ActiveAccountDetailsService implements UserDetailsService {

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
}
