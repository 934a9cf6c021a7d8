package care.tandem.fhir;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.fhir.smart.SmartRegistration;
import care.tandem.fhir.smart.SmartRepository;
import care.tandem.fhir.smart.SmartScopes;
import care.tandem.fhir.smart.TokenEndpoint;
import care.tandem.identity.Actor;
import care.tandem.identity.OrganisationSummary;
import care.tandem.identity.StaffDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, listing and revoking the systems that may use the FHIR interface, and recognising
 * their bearer tokens. Systems sign in with SMART Backend Services (their public key registered
 * here, {@link TokenEndpoint}); systems registered before that have an old-style static token,
 * shown once when registered (only its hash is kept), which works until its end date.
 */
@Service
public class FhirClients {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final FhirClientRepository clients;
  private final SmartRepository smart;
  private final TokenEndpoint tokens;
  private final StaffDirectory staff;
  private final AuditLog audit;
  private final LocalDate staticTokensEnd;
  private final Clock clock = Clock.systemUTC();

  FhirClients(
      FhirClientRepository clients,
      SmartRepository smart,
      TokenEndpoint tokens,
      StaffDirectory staff,
      AuditLog audit,
      @Value("${tandem.fhir.static-tokens-end:2027-06-30}") LocalDate staticTokensEnd) {
    this.clients = clients;
    this.smart = smart;
    this.tokens = tokens;
    this.staff = staff;
    this.audit = audit;
    this.staticTokensEnd = staticTokensEnd;
  }

  /** What a bearer token turned out to be: a client (with scopes for a SMART token) or why not. */
  record Recognised(
      @Nullable FhirClient client,
      @Nullable SmartScopes scopes,
      FhirRequests.@Nullable Refusal refusal) {}

  /** How a new system will sign in with SMART Backend Services. */
  public record SmartKeys(@Nullable String jwksUrl, @Nullable String jwks, SmartScopes scopes) {}

  /**
   * Registers a system that signs in with SMART Backend Services, acting for the organisation. Once
   * per idempotency key; the keys are checked already ({@code ClientKeys}). Audited as {@code
   * fhir-client.registered}.
   *
   * @throws IllegalArgumentException if there is no such organisation
   */
  @Transactional
  public FhirClient registerSmart(
      String name, UUID organisation, SmartKeys keys, UUID idempotencyKey, Actor admin) {
    Optional<FhirClient> earlier = clients.findByIdempotencyKey(idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    UUID id = UUID.randomUUID();
    boolean inserted;
    try {
      inserted = clients.insert(id, name, organisation, null, admin.accountId(), idempotencyKey);
    } catch (DataIntegrityViolationException e) {
      throw new IllegalArgumentException("No such organisation", e);
    }
    if (!inserted) {
      return clients.findByIdempotencyKey(idempotencyKey).orElseThrow();
    }
    smart.register(new SmartRegistration(id, keys.jwksUrl(), keys.jwks(), keys.scopes()));
    audit.record(
        AuditEvent.success(
            admin.accountId(),
            admin.role(),
            "fhir-client.registered",
            Map.of(
                "client",
                id.toString(),
                "organisation",
                organisation.toString(),
                "scope",
                keys.scopes().toString())));
    return clients.find(id).orElseThrow();
  }

  /** How the client signs in with SMART Backend Services, if it does. */
  @Transactional(readOnly = true)
  public Optional<SmartRegistration> smartRegistration(UUID client) {
    return smart.find(client);
  }

  /** The day an old-style client's static token stops working. */
  public LocalDate staticTokenEnd(FhirClient client) {
    return client.tokenEndsOn() != null ? client.tokenEndsOn() : staticTokensEnd;
  }

  /** Sets the day one old-style client's static token stops working. */
  @Transactional
  public void endStaticTokenOn(UUID client, LocalDate day) {
    clients.setTokenEndsOn(client, day);
  }

  /** Recognises a bearer token: a SMART access token, or an old-style token before its end. */
  Recognised recognise(String token) {
    if (TokenEndpoint.looksLikeAToken(token)) {
      return tokens
          .holder(token)
          .flatMap(holder -> clients.find(holder.clientId()).map(c -> Map.entry(c, holder)))
          .map(found -> new Recognised(found.getKey(), found.getValue().scopes(), null))
          .orElseGet(
              () -> new Recognised(null, null, FhirRequests.Refusal.UNKNOWN_OR_REVOKED_TOKEN));
    }
    Optional<FhirClient> client = authenticate(token);
    if (client.isEmpty()) {
      return new Recognised(null, null, FhirRequests.Refusal.UNKNOWN_OR_REVOKED_TOKEN);
    }
    if (!LocalDate.now(clock.withZone(LONDON)).isBefore(staticTokenEnd(client.get()))) {
      return new Recognised(null, null, FhirRequests.Refusal.STATIC_TOKEN_ENDED);
    }
    return new Recognised(client.get(), null, null);
  }

  /**
   * A newly registered client and its token, or, when the same form was submitted before, the
   * client it registered then and no token (it was shown once, to that first submit).
   */
  public record Registered(FhirClient client, @Nullable String token) {}

  /**
   * Registers an old-style client with a static token, acting for the organisation: what the admin
   * page did before SMART Backend Services, kept for the tests of the FHIR resources. Once per
   * idempotency key. Audited as {@code fhir-client.registered}.
   *
   * @throws IllegalArgumentException if there is no such organisation
   */
  @Transactional
  public Registered register(String name, UUID organisation, UUID idempotencyKey, Actor admin) {
    Optional<FhirClient> earlier = clients.findByIdempotencyKey(idempotencyKey);
    if (earlier.isPresent()) {
      return new Registered(earlier.get(), null);
    }
    UUID id = UUID.randomUUID();
    String token = BearerTokens.newToken();
    boolean inserted;
    try {
      inserted =
          clients.insert(
              id, name, organisation, BearerTokens.hash(token), admin.accountId(), idempotencyKey);
    } catch (DataIntegrityViolationException e) {
      throw new IllegalArgumentException("No such organisation", e);
    }
    if (!inserted) {
      return new Registered(clients.findByIdempotencyKey(idempotencyKey).orElseThrow(), null);
    }
    audit.record(
        AuditEvent.success(
            admin.accountId(),
            admin.role(),
            "fhir-client.registered",
            Map.of("client", id.toString(), "organisation", organisation.toString())));
    return new Registered(clients.find(id).orElseThrow(), token);
  }

  /**
   * Revokes a client: its token stops working at once. Audited as {@code fhir-client.revoked}.
   * Revoking a revoked client does nothing.
   *
   * @return false if there is no such client
   */
  @Transactional
  public boolean revoke(UUID client, Actor admin) {
    if (clients.find(client).isEmpty()) {
      return false;
    }
    if (clients.revoke(client, admin.accountId())) {
      audit.record(
          AuditEvent.success(
              admin.accountId(),
              admin.role(),
              "fhir-client.revoked",
              Map.of("client", client.toString())));
    }
    return true;
  }

  /** Every client, active ones first, by name. */
  @Transactional(readOnly = true)
  public List<FhirClient> all() {
    return clients.all();
  }

  @Transactional(readOnly = true)
  public Optional<FhirClient> find(UUID client) {
    return clients.find(client);
  }

  /** The active client whose static token this is, if any, whatever its end date. */
  @Transactional(readOnly = true)
  public Optional<FhirClient> authenticate(String token) {
    if (!BearerTokens.looksLikeAToken(token)) {
      return Optional.empty();
    }
    return clients.findActiveByTokenHash(BearerTokens.hash(token));
  }

  /** The organisations a client can act for: those with services, by name. */
  public List<OrganisationSummary> organisations() {
    return staff.services().stream()
        .map(
            service ->
                new OrganisationSummary(service.organisationId(), service.organisationName()))
        .distinct()
        .sorted(Comparator.comparing((OrganisationSummary o) -> o.name().toLowerCase()))
        .toList();
  }
}
