package care.tandem.fhir.smart;

import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Each system's public keys: pasted at registration (a JWK or a JWKS, public parts only) or fetched
 * from its JWKS address (three seconds to connect and to read, at most 64 KB, kept ten minutes and
 * fetched again at most every 30 seconds when a key id is not found).
 */
@Component
public class ClientKeys {

  static final int TIMEOUT_MILLIS = 3_000;
  static final int SIZE_LIMIT = 65_536;
  private static final long CACHE_MILLIS = 10 * 60 * 1_000;
  private static final long REFRESH_MILLIS = 5 * 1_000;

  private final Map<String, JWKSource<SecurityContext>> remote = new ConcurrentHashMap<>();

  /** Why a pasted key or an address cannot be registered, in words for the admin. */
  public static final class Unusable extends Exception {
    Unusable(String message) {
      super(message);
    }
  }

  /**
   * The pasted key or key set, as a public JWKS to store.
   *
   * @throws Unusable if it is not a JWK or JWKS of RSA (2048 bits or more) or EC P-256/P-384 public
   *     keys
   */
  public static String publicKeySet(String pasted) throws Unusable {
    JWKSet set;
    try {
      String text = pasted.strip();
      set = text.contains("\"keys\"") ? JWKSet.parse(text) : new JWKSet(JWK.parse(text));
    } catch (ParseException | RuntimeException e) {
      throw new Unusable("Enter the public key as a JWK or JWKS (JSON)");
    }
    if (set.getKeys().isEmpty()) {
      throw new Unusable("Enter at least one public key");
    }
    for (JWK key : set.getKeys()) {
      if (key.isPrivate()) {
        throw new Unusable(
            "This includes a private key. Enter only the public key, and keep the private key"
                + " secret");
      }
      boolean strong =
          key instanceof RSAKey rsa
              ? rsa.size() >= 2048
              : key instanceof ECKey ec
                  && (ec.getCurve().equals(Curve.P_384) || ec.getCurve().equals(Curve.P_256));
      if (!strong || !(key instanceof AsymmetricJWK)) {
        throw new Unusable("Enter an RSA key of 2048 bits or more, or an EC key on P-384");
      }
    }
    return set.toString(true);
  }

  /**
   * The JWKS address, checked: https, or http to this machine only (for trying things out).
   *
   * @throws Unusable if it is not such an address
   */
  public static String jwksAddress(String text) throws Unusable {
    try {
      URI uri = new URI(text.strip());
      String host = uri.getHost();
      if (host == null || uri.getUserInfo() != null || uri.getFragment() != null) {
        throw new Unusable("Enter the JWKS address as a full https address");
      }
      boolean local = "http".equals(uri.getScheme()) && isLoopback(host);
      if (!"https".equals(uri.getScheme()) && !local) {
        throw new Unusable("Enter an address that starts with https://");
      }
      return uri.toString();
    } catch (URISyntaxException e) {
      throw new Unusable("Enter the JWKS address as a full https address");
    }
  }

  /** Where to find the keys of a system with this registration. */
  JWKSource<SecurityContext> of(SmartRegistration registration) throws ParseException {
    if (registration.jwks() != null) {
      return new ImmutableJWKSet<>(JWKSet.parse(registration.jwks()));
    }
    String address = Optional.ofNullable(registration.jwksUrl()).orElseThrow();
    return remote.computeIfAbsent(address, ClientKeys::fetched);
  }

  private static JWKSource<SecurityContext> fetched(String address) {
    try {
      URL url = URI.create(address).toURL();
      return JWKSourceBuilder.<SecurityContext>create(
              url, new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT))
          .cache(CACHE_MILLIS, REFRESH_MILLIS)
          .rateLimited(30_000)
          .retrying(false)
          .build();
    } catch (MalformedURLException | IllegalArgumentException e) {
      throw new IllegalStateException("A registered JWKS address is checked when registered", e);
    }
  }

  private static boolean isLoopback(String host) {
    if (host.equals("localhost")) {
      return true;
    }
    try {
      return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]")
          && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
