package care.tandem.identity.external;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * NHS login, for people receiving care (docs/security.md). Off while {@code client-id} is blank.
 *
 * @param issuerUri the NHS login environment, e.g. {@code https://auth.login.nhs.uk}
 * @param clientId the client id NHS login gave this service
 * @param privateKey path of the client's private key (PEM or JWK), whose public key NHS login holds
 * @param keyId the key's id, sent in the client assertion's header (blank: the key's thumbprint)
 * @param vtr the vectors of trust asked for, most wanted first (P9 by default)
 * @param idTokenAlgorithm how NHS login signs ID tokens
 * @param clientAssertionAlgorithm how Tandem signs its client assertion
 */
@ConfigurationProperties("tandem.nhs-login")
record NhsLoginSettings(
    @DefaultValue("") String issuerUri,
    @DefaultValue("") String clientId,
    @DefaultValue("") String privateKey,
    @DefaultValue("") String keyId,
    @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
    @DefaultValue({"P9.Cp.Cd", "P9.Cp.Ck", "P9.Cm"}) List<String> vtr,
    @DefaultValue("RS512") String idTokenAlgorithm,
    @DefaultValue("RS512") String clientAssertionAlgorithm) {

  boolean on() {
    return !clientId.isBlank() && !issuerUri.isBlank();
  }

  /** The lowest identity proofing level the vectors of trust accept, e.g. 9 for P9. */
  int lowestLevel() {
    return vtr.stream()
        .map(vector -> vector.replaceAll("^P(\\d+).*$", "$1"))
        .filter(level -> level.matches("\\d+"))
        .mapToInt(Integer::parseInt)
        .min()
        .orElse(9);
  }

  /** The vtr parameter: a JSON array of the vectors. */
  String vtrParameter() {
    return vtr.stream()
        .map(vector -> "\"" + vector.replaceAll("[^A-Za-z0-9.]", "") + "\"")
        .reduce((a, b) -> a + "," + b)
        .map(list -> "[" + list + "]")
        .orElse("[\"P9.Cp.Cd\"]");
  }
}
