package care.tandem.identity.external;

import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of staff signing in with NHS CIS2. Their CIS2 user id must be pre-registered on an
 * account by an admin, and the organisation of the role they selected (its ODS code) must be one of
 * that account's organisations. Nothing is ever made: an unknown user or organisation is refused.
 * An administrator must have signed in with the assurance set for admins (AAL3).
 */
@Service
class Cis2Accounts {

  private final ExternalIdentityRepository identities;
  private final Accounts accounts;
  private final Cis2Settings settings;

  Cis2Accounts(ExternalIdentityRepository identities, Accounts accounts, Cis2Settings settings) {
    this.identities = identities;
    this.accounts = accounts;
    this.settings = settings;
  }

  @Transactional
  SignedInAccount signIn(OidcUser user) {
    String userId = userId(user);
    UUID id =
        identities
            .findByCis2UserId(userId)
            .orElseThrow(() -> new SignInRefused(SignInRefused.UNKNOWN_USER));
    Account account =
        accounts
            .find(id)
            .filter(Account::active)
            .orElseThrow(() -> new SignInRefused(SignInRefused.ACCOUNT_INACTIVE));
    String odsCode = selectedOrganisation(user);
    UUID organisation =
        odsCode == null ? null : identities.findOrganisationByOdsCode(odsCode).orElse(null);
    if (organisation == null
        || (account.role() != Role.ADMIN && !account.organisationIds().contains(organisation))) {
      throw new SignInRefused(SignInRefused.UNKNOWN_ORGANISATION);
    }
    String acr = Objects.requireNonNullElse(user.getIdToken().getClaimAsString("acr"), "");
    if (account.role() == Role.ADMIN && !acr.equals(settings.adminAcr())) {
      throw new SignInRefused(SignInRefused.ADMIN_NEEDS_AAL3);
    }
    identities.signedIn(Provider.CIS2, userId, id, acr.isEmpty() ? "unknown" : acr);
    return new SignedInAccount(id, acr, null);
  }

  /** The CIS2 user id (UUID): {@code nhsid_useruid}, or the subject. */
  private static String userId(OidcUser user) {
    String uid = user.getClaimAsString("nhsid_useruid");
    return uid == null || uid.isBlank() ? user.getSubject() : uid;
  }

  /** The ODS code of the organisation of the role the person selected at sign-in. */
  private static @Nullable String selectedOrganisation(OidcUser user) {
    String selected = user.getClaimAsString("selected_roleid");
    Object roles = user.getClaims().get("nhsid_nrbac_roles");
    if (selected == null || !(roles instanceof List<?> list)) {
      return null;
    }
    for (Object role : list) {
      if (role instanceof Map<?, ?> map
          && selected.equals(String.valueOf(map.get("person_roleid")))
          && map.get("org_code") instanceof String code) {
        return code;
      }
    }
    return null;
  }
}
