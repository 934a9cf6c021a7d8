package care.tandem.fhir;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A connected system using SMART Backend Services as its developers would: its own EC P-384 key,
 * client assertions signed with Nimbus, and token requests over real HTTP to the running app.
 */
final class SmartTestClient {

  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String audience;
  final ECKey key;
  UUID id = UUID.randomUUID();

  SmartTestClient(int port, String publicAddress) {
    this.port = port;
    this.audience = publicAddress.replaceAll("/+$", "") + "/fhir/token";
    this.key = newKey();
  }

  static ECKey newKey() {
    try {
      return new ECKeyGenerator(Curve.P_384).keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The public key as an admin pastes it. */
  String publicJwk() {
    return key.toPublicJWK().toJSONString();
  }

  String audience() {
    return audience;
  }

  /** A fresh, correct assertion: ES384, iss = sub = client id, aud the token endpoint, 4 min. */
  JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(id.toString())
        .subject(id.toString())
        .audience(audience)
        .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(4))))
        .jwtID(UUID.randomUUID().toString());
  }

  String assertion() {
    return assertion(UnaryOperator.identity());
  }

  String assertion(UnaryOperator<JWTClaimsSet.Builder> change) {
    return signed(change.apply(claims()).build(), key);
  }

  static String signed(JWTClaimsSet claims, ECKey by) {
    try {
      JWSSigner signer = new ECDSASigner(by);
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES384)
                  .keyID(by.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(signer);
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Posts a token request with this assertion and scope. */
  HttpResponse<String> token(String scope, String assertion) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("scope", scope);
    form.put("client_assertion_type", ASSERTION_TYPE);
    form.put("client_assertion", assertion);
    return post(form);
  }

  HttpResponse<String> post(Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir/token"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An access token for the scope, or a failed assertion naming what came back. */
  String accessToken(String scope) {
    HttpResponse<String> response = token(scope, assertion());
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "Token request answered " + response.statusCode() + ": " + response.body());
    }
    return String.valueOf(json(response).get("access_token"));
  }

  static Map<String, Object> json(HttpResponse<String> response) {
    try {
      return JSONObjectUtils.parse(response.body());
    } catch (ParseException e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }
}
