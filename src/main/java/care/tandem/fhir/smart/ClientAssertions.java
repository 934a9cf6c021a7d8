package care.tandem.fhir.smart;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a client assertion (RFC 7523, as SMART Backend Services profiles it): signed with RS384 or
 * ES384 by one of the system's registered keys, {@code iss} and {@code sub} its client id, {@code
 * aud} the token endpoint's address, an {@code exp} at most five minutes ahead, and a {@code jti}.
 * Whether the jti was used before is the token endpoint's to check, after the signature.
 */
final class ClientAssertions {

  static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);
  static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
  private static final Duration SKEW = Duration.ofSeconds(60);

  /** Why an assertion was refused: a code for the audit log, words for the system's developers. */
  record Refused(String reason, String description) {}

  /** A checked assertion. */
  record Checked(String jti, Instant expires) {}

  private ClientAssertions() {}

  /** The client id the assertion claims to be from, read before anything is checked. */
  static Optional<UUID> claimedClient(JWT assertion) {
    try {
      String issuer = assertion.getJWTClaimsSet().getIssuer();
      return issuer == null ? Optional.empty() : Optional.of(UUID.fromString(issuer));
    } catch (ParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The assertion parsed, if it is a JWT signed with an algorithm we accept. */
  static JWT parse(String text) throws RefusedException {
    JWT jwt;
    try {
      jwt = JWTParser.parse(text);
    } catch (ParseException e) {
      throw new RefusedException("malformed", "The client assertion is not a JWT");
    }
    if (!(jwt instanceof SignedJWT signed)) {
      throw new RefusedException(
          "unsigned", "The client assertion must be signed (RS384 or ES384)");
    }
    if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
      throw new RefusedException("algorithm", "Sign the client assertion with RS384 or ES384");
    }
    return jwt;
  }

  static Checked check(
      JWT assertion, SmartRegistration client, ClientKeys keys, String audience, Instant now)
      throws RefusedException {
    String id = client.clientId().toString();
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    try {
      processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys.of(client)));
    } catch (ParseException e) {
      throw new IllegalStateException("Stored keys are checked when registered", e);
    }
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(id).subject(id).build(),
            Set.of("iss", "sub", "aud", "exp", "jti"));
    claims.setMaxClockSkew((int) SKEW.toSeconds());
    processor.setJWTClaimsSetVerifier(claims);
    JWTClaimsSet verified;
    try {
      verified = processor.process(assertion, null);
    } catch (ExpiredJWTException e) {
      throw new RefusedException("expired", "The client assertion has expired");
    } catch (BadJWSException e) {
      throw new RefusedException("signature", "The client assertion's signature does not match");
    } catch (KeySourceException e) {
      throw new RefusedException(
          "keys-unavailable", "Tandem could not fetch the keys from the registered JWKS address");
    } catch (BadJOSEException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("aud")) {
        throw new RefusedException(
            "audience", "The client assertion's aud must be the token endpoint's address");
      }
      if (message.contains("key")) {
        throw new RefusedException(
            "no-matching-key", "No registered key matches the client assertion's signature");
      }
      throw new RefusedException("claims", "The client assertion's claims are not as required");
    } catch (JOSEException e) {
      throw new RefusedException("signature", "The client assertion could not be verified");
    }
    Instant expires = verified.getExpirationTime().toInstant();
    if (expires.isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
      throw new RefusedException(
          "lifetime", "The client assertion's exp must be at most five minutes ahead");
    }
    String jti = verified.getJWTID();
    if (jti.isBlank() || jti.length() > 256) {
      throw new RefusedException(
          "claims", "The client assertion's jti must be 1 to 256 characters");
    }
    return new Checked(jti, expires);
  }

  /** An assertion refused, with why. */
  static final class RefusedException extends Exception {

    private final Refused refused;

    RefusedException(String reason, String description) {
      super(reason);
      this.refused = new Refused(reason, description);
    }

    Refused refused() {
      return refused;
    }
  }
}
