package care.tandem.fhir;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** FHIR clients in PostgreSQL. Revoking keeps the row. */
@Repository
class FhirClientRepository {

  private static final String COLUMNS =
      "select id, name, organisation_id, active, created_at, revoked_at,"
          + " token_hash is not null as static_token, token_ends_on from fhir_client";

  private final JdbcClient jdbc;

  FhirClientRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<FhirClient> all() {
    return jdbc.sql(COLUMNS + " order by active desc, lower(name), created_at")
        .query(FhirClientRepository::client)
        .list();
  }

  Optional<FhirClient> find(UUID id) {
    return jdbc.sql(COLUMNS + " where id = ?")
        .param(id)
        .query(FhirClientRepository::client)
        .optional();
  }

  Optional<FhirClient> findByIdempotencyKey(UUID key) {
    return jdbc.sql(COLUMNS + " where idempotency_key = ?")
        .param(key)
        .query(FhirClientRepository::client)
        .optional();
  }

  Optional<FhirClient> findActiveByTokenHash(String tokenHash) {
    return jdbc.sql(COLUMNS + " where token_hash = ? and active")
        .param(tokenHash)
        .query(FhirClientRepository::client)
        .optional();
  }

  /** False when the idempotency key is taken: a simultaneous submit of the same form won. */
  boolean insert(
      UUID id,
      String name,
      UUID organisation,
      @Nullable String tokenHash,
      UUID createdBy,
      UUID idempotencyKey) {
    return jdbc.sql(
                """
                insert into fhir_client (id, name, organisation_id, token_hash, created_at,
                  created_by, idempotency_key)
                values (?, ?, ?, ?, now(), ?, ?) on conflict (idempotency_key) do nothing
                """)
            .params(id, name, organisation, tokenHash, createdBy, idempotencyKey)
            .update()
        == 1;
  }

  void setTokenEndsOn(UUID id, LocalDate day) {
    jdbc.sql("update fhir_client set token_ends_on = ? where id = ?").params(day, id).update();
  }

  /** False when there is no such client or it was revoked already. */
  boolean revoke(UUID id, UUID revokedBy) {
    return jdbc.sql(
                """
                update fhir_client set active = false, revoked_at = now(), revoked_by = ?
                where id = ? and active
                """)
            .params(revokedBy, id)
            .update()
        == 1;
  }

  private static FhirClient client(ResultSet rs, int row) throws SQLException {
    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
    return new FhirClient(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        rs.getObject("organisation_id", UUID.class),
        rs.getBoolean("active"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        revoked == null ? null : revoked.toInstant(),
        rs.getBoolean("static_token"),
        rs.getObject("token_ends_on", LocalDate.class));
  }
}
