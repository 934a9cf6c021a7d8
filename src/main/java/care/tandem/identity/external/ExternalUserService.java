package care.tandem.identity.external;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After Spring Security has checked the ID token (signature, issuer, audience, expiry, nonce) and
 * read the user info: finds or makes the Tandem account the identity signs in to.
 */
@Component
class ExternalUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService claims = new OidcUserService();
  private final NhsLoginAccounts nhsLogin;
  private final Cis2Accounts cis2;

  ExternalUserService(NhsLoginAccounts nhsLogin, Cis2Accounts cis2) {
    this.nhsLogin = nhsLogin;
    this.cis2 = cis2;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = claims.loadUser(request);
    Provider provider =
        Provider.byRegistrationId(request.getClientRegistration().getRegistrationId());
    if (provider == Provider.CIS2) {
      return new ExternalPrincipal(provider, cis2.signIn(user), user.getSubject());
    }
    return new ExternalPrincipal(Provider.NHS_LOGIN, nhsLogin.signIn(user), user.getSubject());
  }
}
