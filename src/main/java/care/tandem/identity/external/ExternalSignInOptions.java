package care.tandem.identity.external;

import care.tandem.identity.ExternalSignIns;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which ways of signing in besides the form this Tandem offers (the sign-in page shows a button for
 * each), and what the team may know of how a person signed in.
 */
@Component
public class ExternalSignInOptions implements ExternalSignIns {

  private final ExternalProviders providers;
  private final ExternalIdentityRepository identities;

  ExternalSignInOptions(ExternalProviders providers, ExternalIdentityRepository identities) {
    this.providers = providers;
    this.identities = identities;
  }

  public boolean nhsLogin() {
    return providers.on(Provider.NHS_LOGIN);
  }

  public boolean cis2() {
    return providers.on(Provider.CIS2);
  }

  @Override
  public Optional<String> nhsLoginLevel(UUID accountId) {
    return identities.assurance(Provider.NHS_LOGIN, accountId);
  }
}
