package care.tandem.identity.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations and their services in PostgreSQL. Updates check the version they started from. */
@Repository
class OrganisationRepository {

  private static final String SERVICE_COLUMNS =
      """
      s.id, s.organisation_id, o.name as organisation_name, s.name, s.kind, s.version
      from care_service s join organisation o on o.id = s.organisation_id
      """;

  private final JdbcClient jdbc;

  OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Organisation> findAll() {
    return jdbc.sql("select id, name, kind, version from organisation order by lower(name)")
        .query(Organisation.class)
        .list();
  }

  Optional<Organisation> findById(UUID id) {
    return jdbc.sql("select id, name, kind, version from organisation where id = ?")
        .param(id)
        .query(Organisation.class)
        .optional();
  }

  Optional<UUID> findOrganisationByKey(UUID idempotencyKey) {
    return jdbc.sql("select id from organisation where idempotency_key = ?")
        .param(idempotencyKey)
        .query(UUID.class)
        .optional();
  }

  boolean organisationNameTaken(String name, UUID except) {
    return jdbc.sql("select count(*) from organisation where lower(name) = lower(?) and id <> ?")
            .params(name, except)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** False when the idempotency key or the name is already taken (nothing is inserted). */
  boolean insertOrganisation(UUID id, String name, OrganisationKind kind, UUID idempotencyKey) {
    return jdbc.sql(
                """
                insert into organisation (id, name, kind, idempotency_key, created_at, updated_at)
                values (?, ?, ?, ?, now(), now())
                on conflict do nothing
                """)
            .params(id, name, kind.name(), idempotencyKey)
            .update()
        == 1;
  }

  boolean updateOrganisation(UUID id, int version, String name, OrganisationKind kind) {
    return jdbc.sql(
                """
                update organisation set name = ?, kind = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?
                """)
            .params(name, kind.name(), id, version)
            .update()
        == 1;
  }

  List<CareService> findAllServices() {
    return jdbc.sql("select " + SERVICE_COLUMNS + " order by lower(o.name), lower(s.name)")
        .query(CareService.class)
        .list();
  }

  List<CareService> findServicesOf(UUID organisationId) {
    return jdbc.sql(
            "select " + SERVICE_COLUMNS + " where s.organisation_id = ? order by lower(s.name)")
        .param(organisationId)
        .query(CareService.class)
        .list();
  }

  Optional<CareService> findService(UUID organisationId, UUID serviceId) {
    return jdbc.sql("select " + SERVICE_COLUMNS + " where s.organisation_id = ? and s.id = ?")
        .params(organisationId, serviceId)
        .query(CareService.class)
        .optional();
  }

  Optional<UUID> findServiceByKey(UUID idempotencyKey) {
    return jdbc.sql("select id from care_service where idempotency_key = ?")
        .param(idempotencyKey)
        .query(UUID.class)
        .optional();
  }

  boolean serviceNameTaken(UUID organisationId, String name, UUID except) {
    return jdbc.sql(
                """
                select count(*) from care_service
                where organisation_id = ? and lower(name) = lower(?) and id <> ?
                """)
            .params(organisationId, name, except)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** False when the idempotency key or the name is already taken (nothing is inserted). */
  boolean insertService(
      UUID id, UUID organisationId, String name, ServiceKind kind, UUID idempotencyKey) {
    return jdbc.sql(
                """
                insert into care_service
                  (id, organisation_id, name, kind, idempotency_key, created_at, updated_at)
                values (?, ?, ?, ?, ?, now(), now())
                on conflict do nothing
                """)
            .params(id, organisationId, name, kind.name(), idempotencyKey)
            .update()
        == 1;
  }

  boolean updateService(
      UUID organisationId, UUID serviceId, int version, String name, ServiceKind kind) {
    return jdbc.sql(
                """
                update care_service set name = ?, kind = ?, version = version + 1, updated_at = now()
                where id = ? and organisation_id = ? and version = ?
                """)
            .params(name, kind.name(), serviceId, organisationId, version)
            .update()
        == 1;
  }
}
