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

/** Adds and changes organisations. Every change is audited in the same transaction. */
@Service
public class Organisations {

  private final OrganisationRepository repository;
  private final AuditLog audit;

  Organisations(OrganisationRepository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<Organisation> all() {
    return repository.findAll();
  }

  @Transactional(readOnly = true)
  public Optional<Organisation> find(UUID id) {
    return repository.findById(id);
  }

  /** Adds an organisation once per idempotency key; a repeated submit returns the first one. */
  @Transactional
  public Created create(String name, OrganisationKind kind, UUID idempotencyKey, Actor actor) {
    Optional<UUID> earlier = repository.findOrganisationByKey(idempotencyKey);
    if (earlier.isPresent()) {
      return new Created(earlier.get(), false);
    }
    UUID id = UUID.randomUUID();
    // A simultaneous submit of the same form may have just added it: that is not a clash.
    if (repository.organisationNameTaken(name, id)
        || !repository.insertOrganisation(id, name, kind, idempotencyKey)) {
      return repository
          .findOrganisationByKey(idempotencyKey)
          .map(existing -> new Created(existing, false))
          .orElseThrow(() -> new NameTakenException(name));
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "organisation.created",
            Map.of("organisation", id.toString(), "name", name, "kind", kind.name())));
    return new Created(id, true);
  }

  /** Changes an organisation if nobody else has changed it since {@code version}. */
  @Transactional
  public void change(UUID id, int version, String name, OrganisationKind kind, Actor actor) {
    if (repository.organisationNameTaken(name, id)) {
      throw new NameTakenException(name);
    }
    if (!repository.updateOrganisation(id, version, name, kind)) {
      throw new StaleEditException("This organisation");
    }
    audit.record(
        AuditEvent.success(
            actor.accountId(),
            actor.role(),
            "organisation.changed",
            Map.of("organisation", id.toString(), "name", name, "kind", kind.name())));
  }
}
