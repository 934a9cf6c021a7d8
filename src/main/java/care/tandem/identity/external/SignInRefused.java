package care.tandem.identity.external;

import java.io.Serial;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for someone, but Tandem will not sign them in. The code says why. */
final class SignInRefused extends OAuth2AuthenticationException {

  @Serial private static final long serialVersionUID = 1L;

  static final String UNKNOWN_USER = "cis2_unknown_user";
  static final String UNKNOWN_ORGANISATION = "cis2_unknown_organisation";
  static final String ADMIN_NEEDS_AAL3 = "cis2_admin_needs_aal3";
  static final String EMAIL_TAKEN = "nhs_login_email_taken";
  static final String NO_EMAIL = "nhs_login_no_email";
  static final String IDENTITY_LEVEL_TOO_LOW = "nhs_login_identity_level_too_low";
  static final String ACCOUNT_INACTIVE = "account_inactive";

  SignInRefused(String code) {
    super(new OAuth2Error(code), code);
  }
}
