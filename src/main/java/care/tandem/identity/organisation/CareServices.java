package care.tandem.identity.organisation;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.Actor;
import care.tandem.identity.Created;
import care.tandem.identity.StaleEditException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and changes the services or teams within an organisation, each change audited. */
@Service
public class CareServices {

  private final OrganisationRepository repository;
  private final AuditLog audit;

  CareServices(OrganisationRepository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<CareService> all() {
    return repository.findAllServices();
  }

  @Transactional(readOnly = true)
  public List<CareService> of(UUID organisationId) {
    return repository.findServicesOf(organisationId);
  }

  @Transactional(readOnly = true)
  public Optional<CareService> find(UUID organisationId, UUID serviceId) {
    return repository.findService(organisationId, serviceId);
  }

  /** Adds a service once per idempotency key; a repeated submit returns the first one. */
  @Transactional
  public Created create(
      UUID organisationId, String name, ServiceKind kind, UUID idempotencyKey, Actor actor) {
    Optional<UUID> earlier = repository.findServiceByKey(idempotencyKey);
    if (earlier.isPresent()) {
      return new Created(earlier.get(), false);
    }
    UUID id = UUID.randomUUID();
    // A simultaneous submit of the same form may have just added it: that is not a clash.
    if (repository.serviceNameTaken(organisationId, name, id)
        || !repository.insertService(id, organisationId, name, kind, idempotencyKey)) {
      return repository
          .findServiceByKey(idempotencyKey)
          .map(existing -> new Created(existing, false))
          .orElseThrow(() -> new NameTakenException(name));
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "service.created",
            Map.of(
                "organisation", organisationId.toString(),
                "service", id.toString(),
                "name", name,
                "kind", kind.name())));
    return new Created(id, true);
  }

  /** Changes a service if nobody else has changed it since {@code version}. */
  @Transactional
  public void change(
      UUID organisationId,
      UUID serviceId,
      int version,
      String name,
      ServiceKind kind,
      Actor actor) {
    if (repository.serviceNameTaken(organisationId, name, serviceId)) {
      throw new NameTakenException(name);
    }
    if (!repository.updateService(organisationId, serviceId, version, name, kind)) {
      throw new StaleEditException("This service");
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "service.changed",
            Map.of(
                "organisation", organisationId.toString(),
                "service", serviceId.toString(),
                "name", name,
                "kind", kind.name())));
  }
}
