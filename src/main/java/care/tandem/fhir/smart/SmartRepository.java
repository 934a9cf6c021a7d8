package care.tandem.fhir.smart;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SMART registrations, the client assertions' ids seen, and access tokens, in PostgreSQL. */
@Repository
public class SmartRepository {

  /** An access token's client and scopes, while it is valid and its client active. */
  public record TokenHolder(UUID clientId, SmartScopes scopes) {}

  private final JdbcClient jdbc;

  SmartRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void register(SmartRegistration registration) {
    jdbc.sql("insert into fhir_smart_client (client_id, jwks_url, jwks, scopes) values (?,?,?,?)")
        .params(
            registration.clientId(),
            registration.jwksUrl(),
            registration.jwks(),
            registration.scopes().toString())
        .update();
  }

  public Optional<SmartRegistration> find(UUID client) {
    return jdbc.sql(
            "select client_id, jwks_url, jwks, scopes from fhir_smart_client where client_id = ?")
        .param(client)
        .query(
            (rs, row) ->
                new SmartRegistration(
                    rs.getObject("client_id", UUID.class),
                    rs.getString("jwks_url"),
                    rs.getString("jwks"),
                    SmartScopes.parse(rs.getString("scopes"))))
        .optional();
  }

  /** Whether the FHIR client is active; empty if there is no such client. */
  Optional<Boolean> clientActive(UUID client) {
    return jdbc.sql("select active from fhir_client where id = ?")
        .param(client)
        .query(Boolean.class)
        .optional();
  }

  /** False when the client has used this jti before (and the assertion has not expired yet). */
  boolean firstUse(UUID client, String jti, Instant expires) {
    return jdbc.sql(
                """
                insert into fhir_client_assertion (client_id, jti, expires_at) values (?, ?, ?)
                on conflict do nothing
                """)
            .params(client, jti, utc(expires))
            .update()
        == 1;
  }

  void saveToken(String hash, UUID client, SmartScopes scopes, Instant issued, Instant expires) {
    jdbc.sql(
            """
            insert into fhir_access_token (token_hash, client_id, scopes, issued_at, expires_at)
            values (?, ?, ?, ?, ?)
            """)
        .params(hash, client, scopes.toString(), utc(issued), utc(expires))
        .update();
  }

  public Optional<TokenHolder> tokenHolder(String hash, Instant now) {
    return jdbc.sql(
            """
            select t.client_id, t.scopes from fhir_access_token t
              join fhir_client c on c.id = t.client_id
            where t.token_hash = ? and t.expires_at > ? and c.active
            """)
        .params(hash, utc(now))
        .query(
            (rs, row) ->
                new TokenHolder(
                    rs.getObject("client_id", UUID.class),
                    SmartScopes.parse(rs.getString("scopes"))))
        .optional();
  }

  /** Forgets expired tokens, and the ids of assertions that can no longer be used anyway. */
  void forgetExpired(Instant now, Instant assertionsBefore) {
    jdbc.sql("delete from fhir_access_token where expires_at < ?").param(utc(now)).update();
    jdbc.sql("delete from fhir_client_assertion where expires_at < ?")
        .param(utc(assertionsBefore))
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
