package care.tandem.identity.external;

import java.io.Serial;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Who the provider vouched for, for the moment between its answer and Tandem's own principal
 * replacing it. Keeps only the subject: never the NHS number, date of birth or the token itself.
 */
final class ExternalPrincipal extends DefaultOidcUser {

  @Serial private static final long serialVersionUID = 1L;

  private final Provider provider;
  private final SignedInAccount account;

  ExternalPrincipal(Provider provider, SignedInAccount account, String subject) {
    super(
        List.of(),
        new OidcIdToken("-", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", subject)),
        "sub");
    this.provider = provider;
    this.account = account;
  }

  Provider provider() {
    return provider;
  }

  SignedInAccount account() {
    return account;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ExternalPrincipal principal
        && principal.account.accountId().equals(account.accountId());
  }

  @Override
  public int hashCode() {
    return account.accountId().hashCode();
  }
}
