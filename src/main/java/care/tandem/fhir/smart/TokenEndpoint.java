package care.tandem.fhir.smart;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.care.ConnectedSystems;
import com.nimbusds.jwt.JWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The token endpoint's work (OAuth 2.0 client credentials with a {@code private_key_jwt} client
 * assertion, as SMART Backend Services asks): checks the request and the assertion, refuses a
 * replayed {@code jti}, grants the asked-for scopes the system was allowed, and issues an opaque
 * access token valid for five minutes, stored only as its SHA-256 hash. Every request is audited as
 * {@code fhir.token}, with codes only, never the assertion.
 */
@Service
public class TokenEndpoint {

  public static final String PATH = "/fhir/token";
  public static final String ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  public static final String TOKEN_PREFIX = "tandem_at_";
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SmartRepository smart;
  private final ClientKeys keys;
  private final AuditLog audit;
  private final Clock clock;
  private final String audience;

  TokenEndpoint(
      SmartRepository smart,
      ClientKeys keys,
      AuditLog audit,
      @Value("${tandem.public-address:http://localhost:8080}") String publicAddress) {
    this.smart = smart;
    this.keys = keys;
    this.audit = audit;
    this.clock = Clock.systemUTC();
    this.audience = address(publicAddress);
  }

  /** The token endpoint's own address: what a client assertion's {@code aud} must be. */
  public static String address(String publicAddress) {
    return publicAddress.replaceAll("/+$", "") + PATH;
  }

  /** The answer: its HTTP status and its JSON members. */
  public record Answer(int status, Map<String, Object> body) {}

  /** Answers a token request, given its form parameters (each at most once). */
  @Transactional
  public Answer exchange(Map<String, String[]> parameters) {
    Map<String, String> form = new TreeMap<>();
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      if (parameter.getValue().length != 1) {
        return refuse(null, "invalid_request", "repeated", "Send each parameter once");
      }
      form.put(parameter.getKey(), parameter.getValue()[0]);
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return refuse(
          null, "unsupported_grant_type", "grant-type", "Use grant_type=client_credentials");
    }
    if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))
        || form.get("client_assertion") == null) {
      return refuse(
          null,
          "invalid_client",
          "no-assertion",
          "Authenticate with a client_assertion of type " + ASSERTION_TYPE);
    }
    JWT assertion;
    try {
      assertion = ClientAssertions.parse(form.get("client_assertion"));
    } catch (ClientAssertions.RefusedException e) {
      return refuse(null, e.refused());
    }
    Optional<UUID> claimed = ClientAssertions.claimedClient(assertion);
    Optional<Boolean> active = claimed.flatMap(smart::clientActive);
    Optional<SmartRegistration> client = claimed.flatMap(smart::find);
    if (active.isEmpty() || client.isEmpty()) {
      return refuse(null, "invalid_client", "unknown-client", "Tandem does not know this client");
    }
    UUID id = client.get().clientId();
    if (!active.get()) {
      return refuse(id, "invalid_client", "revoked-client", "This client has been revoked");
    }
    String clientIdParameter = form.get("client_id");
    if (clientIdParameter != null && !clientIdParameter.equals(id.toString())) {
      return refuse(id, "invalid_client", "client-id", "client_id does not match the assertion");
    }
    Instant now = clock.instant();
    ClientAssertions.Checked checked;
    try {
      checked = ClientAssertions.check(assertion, client.get(), keys, audience, now);
    } catch (ClientAssertions.RefusedException e) {
      return refuse(id, e.refused());
    }
    if (!smart.firstUse(id, checked.jti(), checked.expires())) {
      return refuse(id, "invalid_client", "replayed", "This client assertion was used before");
    }
    SmartScopes asked = SmartScopes.parse(form.getOrDefault("scope", ""));
    SmartScopes granted = client.get().scopes().narrow(asked);
    if (granted.isEmpty()) {
      return refuse(
          id,
          "invalid_scope",
          asked.isEmpty() ? "no-scope" : "scope-not-allowed",
          "Ask for at least one scope this client was allowed");
    }
    smart.forgetExpired(now, now.minus(ClientAssertions.MAX_LIFETIME));
    String token = newToken();
    smart.saveToken(hash(token), id, granted, now, now.plus(TOKEN_LIFETIME));
    Map<String, String> details = new TreeMap<>();
    details.put("client", id.toString());
    details.put("scope", granted.toString());
    details.put("narrowed", String.valueOf(granted.granted().size() < asked.granted().size()));
    audit.record(AuditEvent.success(id, ConnectedSystems.ROLE, "fhir.token", details));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("token_type", "bearer");
    body.put("expires_in", TOKEN_LIFETIME.toSeconds());
    body.put("scope", granted.toString());
    return new Answer(200, body);
  }

  /** Answers a token request whose body is not a form. */
  @Transactional
  public Answer notAForm() {
    return refuse(
        null,
        "invalid_request",
        "not-a-form",
        "Send the token request as application/x-www-form-urlencoded");
  }

  /** The holder of a SMART access token, while it is valid and its client active. */
  @Transactional(readOnly = true)
  public Optional<SmartRepository.TokenHolder> holder(String token) {
    if (!looksLikeAToken(token)) {
      return Optional.empty();
    }
    return smart.tokenHolder(hash(token), clock.instant());
  }

  public static boolean looksLikeAToken(String text) {
    return text.length() == TOKEN_PREFIX.length() + 43
        && text.startsWith(TOKEN_PREFIX)
        && text.substring(TOKEN_PREFIX.length()).matches("[A-Za-z0-9_-]+");
  }

  private Answer refuse(@Nullable UUID client, ClientAssertions.Refused refused) {
    return refuse(client, "invalid_client", refused.reason(), refused.description());
  }

  private Answer refuse(@Nullable UUID client, String error, String reason, String description) {
    Map<String, String> details = new TreeMap<>();
    details.put("error", error);
    details.put("reason", reason);
    if (client != null) {
      details.put("client", client.toString());
    }
    audit.record(
        AuditEvent.denied(
            client, client == null ? null : ConnectedSystems.ROLE, "fhir.token", details));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return new Answer(400, body);
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
