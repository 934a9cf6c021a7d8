package care.tandem.identity.external;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.stereotype.Component;

/**
 * The registrations of NHS login and NHS CIS2, made from the settings. Each provider's endpoints
 * and keys are found from its discovery document when first needed, not at start-up, so Tandem
 * starts whether or not the provider answers. Client keys are read once, at start-up, so a missing
 * key file stops Tandem rather than the first person to sign in.
 */
@Component
class ExternalProviders implements ClientRegistrationRepository {

  private final NhsLoginSettings nhsLogin;
  private final Cis2Settings cis2;
  private final Map<Provider, JWK> keys = new ConcurrentHashMap<>();
  private final Map<Provider, ClientRegistration> registrations = new ConcurrentHashMap<>();

  ExternalProviders(NhsLoginSettings nhsLogin, Cis2Settings cis2) {
    this.nhsLogin = nhsLogin;
    this.cis2 = cis2;
    if (nhsLogin.on()) {
      keys.put(
          Provider.NHS_LOGIN,
          key(nhsLogin.privateKey(), nhsLogin.keyId(), nhsLogin.clientAssertionAlgorithm()));
    }
    if (cis2.on()) {
      keys.put(
          Provider.CIS2, key(cis2.privateKey(), cis2.keyId(), cis2.clientAssertionAlgorithm()));
    }
  }

  boolean on(Provider provider) {
    return keys.containsKey(provider);
  }

  boolean anyOn() {
    return !keys.isEmpty();
  }

  NhsLoginSettings nhsLogin() {
    return nhsLogin;
  }

  Cis2Settings cis2() {
    return cis2;
  }

  @Override
  public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
    Provider provider = Provider.byRegistrationId(registrationId);
    if (provider == null || !on(provider)) {
      return null;
    }
    return registrations.computeIfAbsent(provider, this::discovered);
  }

  /** The client's own key, for its {@code private_key_jwt} assertion. */
  JWK clientKey(ClientRegistration registration) {
    Provider provider = Provider.byRegistrationId(registration.getRegistrationId());
    JWK key = provider == null ? null : keys.get(provider);
    if (key == null) {
      throw new IllegalStateException("No client key for " + registration.getRegistrationId());
    }
    return key;
  }

  /** How the provider signs its ID tokens (NHS login: RS512). */
  SignatureAlgorithm idTokenAlgorithm(ClientRegistration registration) {
    String name =
        Provider.CIS2.registrationId().equals(registration.getRegistrationId())
            ? cis2.idTokenAlgorithm()
            : nhsLogin.idTokenAlgorithm();
    SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
    return algorithm == null ? SignatureAlgorithm.RS256 : algorithm;
  }

  private ClientRegistration discovered(Provider provider) {
    boolean nhs = provider == Provider.NHS_LOGIN;
    String issuer = nhs ? nhsLogin.issuerUri() : cis2.issuerUri();
    List<String> scopes = nhs ? nhsLogin.scopes() : cis2.scopes();
    return ClientRegistrations.fromIssuerLocation(issuer)
        .registrationId(provider.registrationId())
        .clientName(provider.label())
        .clientId(nhs ? nhsLogin.clientId() : cis2.clientId())
        .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope(scopes)
        .userNameAttributeName("sub")
        .build();
  }

  private static JWK key(String path, String keyId, String algorithm) {
    try {
      String text = Files.readString(Path.of(path)).strip();
      JWK parsed = text.startsWith("{") ? JWK.parse(text) : JWK.parseFromPEMEncodedObjects(text);
      if (!(parsed instanceof RSAKey rsa) || !rsa.isPrivate()) {
        throw new IllegalStateException("The client key in " + path + " is not an RSA private key");
      }
      RSAKey.Builder builder = new RSAKey.Builder(rsa).algorithm(JWSAlgorithm.parse(algorithm));
      String id = keyId.isBlank() ? rsa.getKeyID() : keyId;
      builder = id == null || id.isBlank() ? builder.keyIDFromThumbprint() : builder.keyID(id);
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the client key " + path, e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("Cannot read the client key " + path, e);
    }
  }
}
