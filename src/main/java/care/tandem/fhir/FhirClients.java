package care.tandem.fhir;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.Actor;
import care.tandem.identity.OrganisationSummary;
import care.tandem.identity.StaffDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, listing and revoking the systems that may use the FHIR interface, and recognising
 * their bearer tokens. A token is shown once, when the client is registered; only its hash is kept.
 */
@Service
public class FhirClients {

  private final FhirClientRepository clients;
  private final StaffDirectory staff;
  private final AuditLog audit;

  FhirClients(FhirClientRepository clients, StaffDirectory staff, AuditLog audit) {
    this.clients = clients;
    this.staff = staff;
    this.audit = audit;
  }

  /**
   * A newly registered client and its token, or, when the same form was submitted before, the
   * client it registered then and no token (it was shown once, to that first submit).
   */
  public record Registered(FhirClient client, @Nullable String token) {}

  /**
   * Registers a client acting for the organisation. Once per idempotency key. Audited as {@code
   * fhir-client.registered}.
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

  /** The active client whose token this is, if any. */
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
