package care.tandem.identity.external;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;
import java.util.function.UnaryOperator;

/**
 * How a bad-input test changes the ID token the test provider's token endpoint returns: from the
 * real one it issued, with the provider's own key, into a new token.
 */
@FunctionalInterface
interface TokenCrafting {

  String craft(SignedJWT real, RSAKey providerKey) throws JOSEException, ParseException;

  /** The same token with changed claims, signed properly by the provider. */
  static TokenCrafting claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    return (real, key) -> {
      JWTClaimsSet claims = change.apply(new JWTClaimsSet.Builder(real.getJWTClaimsSet())).build();
      SignedJWT crafted =
          new SignedJWT(
              new JWSHeader.Builder(real.getHeader().getAlgorithm()).keyID(key.getKeyID()).build(),
              claims);
      crafted.sign(new RSASSASigner(key));
      return crafted.serialize();
    };
  }

  static TokenCrafting issuer(String issuer) {
    return claims(claims -> claims.issuer(issuer));
  }

  static TokenCrafting audience(String audience) {
    return claims(claims -> claims.audience(audience));
  }

  static TokenCrafting nonce(String nonce) {
    return claims(claims -> claims.claim("nonce", nonce));
  }

  static TokenCrafting expired() {
    long now = System.currentTimeMillis();
    return claims(
        claims ->
            claims.issueTime(new Date(now - 3_600_000)).expirationTime(new Date(now - 1_800_000)));
  }

  /** Signed by a key the provider never published, with the provider's key id. */
  static TokenCrafting signedByAnotherKey() {
    return (real, key) -> {
      RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
      SignedJWT crafted =
          new SignedJWT(
              new JWSHeader.Builder(real.getHeader().getAlgorithm()).keyID(key.getKeyID()).build(),
              real.getJWTClaimsSet());
      crafted.sign(new RSASSASigner(other));
      return crafted.serialize();
    };
  }

  /** Not signed at all ({@code alg: none}). */
  static TokenCrafting unsigned() {
    return (real, key) -> new PlainJWT(real.getJWTClaimsSet()).serialize();
  }
}
