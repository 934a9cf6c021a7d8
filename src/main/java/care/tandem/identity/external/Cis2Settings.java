package care.tandem.identity.external;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * NHS CIS2 (Care Identity Service 2), for NHS staff (docs/security.md). Off while {@code client-id}
 * is blank.
 *
 * @param acrValues the authenticator assurance asked for (AAL2 or above by default)
 * @param adminAcr the assurance an administrator must have signed in with ({@code acr} returned)
 */
@ConfigurationProperties("tandem.cis2")
record Cis2Settings(
    @DefaultValue("") String issuerUri,
    @DefaultValue("") String clientId,
    @DefaultValue("") String privateKey,
    @DefaultValue("") String keyId,
    @DefaultValue({"openid", "profile", "nationalrbacaccess"}) List<String> scopes,
    @DefaultValue("AAL2_OR_ABOVE") String acrValues,
    @DefaultValue("AAL3_ANY") String adminAcr,
    @DefaultValue("RS256") String idTokenAlgorithm,
    @DefaultValue("RS512") String clientAssertionAlgorithm) {

  boolean on() {
    return !clientId.isBlank() && !issuerUri.isBlank();
  }
}
