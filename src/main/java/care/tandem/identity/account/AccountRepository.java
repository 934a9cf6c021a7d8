package care.tandem.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their memberships in PostgreSQL. Edits check the version they started from. */
@Repository
public class AccountRepository {

  private static final String COLUMNS =
      "id, email, display_name, role, discipline, active, password_must_change, version";

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What sign-in needs: the account (active or not) and its password hash. */
  public record Credentials(Account account, String passwordHash) {}

  public Optional<Credentials> findCredentialsByEmail(String email) {
    return jdbc.sql(
            "select "
                + COLUMNS
                // An account without a password (made by NHS login) never signs in with the form.
                + ", password_hash from account where lower(email) = lower(?)"
                + " and password_hash is not null")
        .param(email)
        .query((rs, row) -> new Credentials(account(rs, Set.of(), Set.of()), rs.getString(9)))
        .optional()
        .map(found -> new Credentials(withMemberships(found.account()), found.passwordHash()));
  }

  Optional<String> findPasswordHash(UUID id) {
    return jdbc.sql("select password_hash from account where id = ? and password_hash is not null")
        .param(id)
        .query(String.class)
        .optional();
  }

  Optional<Account> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from account where id = ?")
        .param(id)
        .query((rs, row) -> account(rs, Set.of(), Set.of()))
        .optional()
        .map(this::withMemberships);
  }

  Optional<UUID> findByIdempotencyKey(UUID key) {
    return jdbc.sql("select id from account where idempotency_key = ?")
        .param(key)
        .query(UUID.class)
        .optional();
  }

  /** Accounts whose email or name contains {@code text}, at most {@code limit}, by name. */
  List<Account> search(String text, int limit) {
    String pattern =
        "%"
            + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%";
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                 from account
                where lower(email) like ? or lower(display_name) like ?
                order by lower(display_name), lower(email) limit ?
                """)
        .params(pattern, pattern, limit)
        .query((rs, row) -> account(rs, Set.of(), Set.of()))
        .list();
  }

  boolean emailTaken(String email) {
    return jdbc.sql("select count(*) from account where lower(email) = lower(?)")
            .param(email)
            .query(Integer.class)
            .single()
        > 0;
  }

  int countActiveAdminsOtherThan(UUID id) {
    return jdbc.sql("select count(*) from account where role = 'ADMIN' and active and id <> ?")
        .param(id)
        .query(Integer.class)
        .single();
  }

  boolean insert(
      UUID id,
      String email,
      AccountDetails details,
      String passwordHash,
      boolean passwordMustChange,
      boolean demo,
      @Nullable UUID idempotencyKey) {
    int inserted =
        jdbc.sql(
                """
                insert into account (id, email, display_name, password_hash, password_must_change,
                  role, discipline, demo, idempotency_key, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())
                on conflict do nothing
                """)
            .params(
                id,
                email,
                details.displayName(),
                passwordHash,
                passwordMustChange,
                details.role().name(),
                details.discipline() == null ? null : details.discipline().name(),
                demo,
                idempotencyKey)
            .update();
    if (inserted == 1) {
      replaceMemberships(id, details);
    }
    return inserted == 1;
  }

  boolean updateDetails(UUID id, int version, AccountDetails details) {
    int updated =
        jdbc.sql(
                """
                update account set display_name = ?, role = ?, discipline = ?,
                  version = version + 1, updated_at = now()
                where id = ? and version = ?
                """)
            .params(
                details.displayName(),
                details.role().name(),
                details.discipline() == null ? null : details.discipline().name(),
                id,
                version)
            .update();
    if (updated == 1) {
      replaceMemberships(id, details);
    }
    return updated == 1;
  }

  boolean updateActive(UUID id, int version, boolean active) {
    return jdbc.sql(
                """
                update account set active = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?
                """)
            .params(active, id, version)
            .update()
        == 1;
  }

  void updatePassword(UUID id, String passwordHash, boolean mustChange) {
    jdbc.sql(
            """
            update account set password_hash = ?, password_must_change = ?,
              version = version + 1, updated_at = now()
            where id = ?
            """)
        .params(passwordHash, mustChange, id)
        .update();
  }

  /**
   * Stores a stronger hash of the same password (made at sign-in), unless the password has changed
   * since {@code expectedHash} was read. Not an edit of the account, so its version stays.
   */
  public boolean replacePasswordHash(UUID id, String expectedHash, String newHash) {
    return jdbc.sql("update account set password_hash = ? where id = ? and password_hash = ?")
            .params(newHash, id, expectedHash)
            .update()
        == 1;
  }

  private void replaceMemberships(UUID id, AccountDetails details) {
    jdbc.sql("delete from account_organisation where account_id = ?").param(id).update();
    jdbc.sql("delete from account_service where account_id = ?").param(id).update();
    for (UUID organisation : details.organisationIds()) {
      jdbc.sql("insert into account_organisation (account_id, organisation_id) values (?, ?)")
          .params(id, organisation)
          .update();
    }
    for (UUID service : details.serviceIds()) {
      jdbc.sql("insert into account_service (account_id, service_id) values (?, ?)")
          .params(id, service)
          .update();
    }
  }

  private Account withMemberships(Account account) {
    Set<UUID> organisations =
        new HashSet<>(
            jdbc.sql("select organisation_id from account_organisation where account_id = ?")
                .param(account.id())
                .query(UUID.class)
                .list());
    Set<UUID> services =
        new HashSet<>(
            jdbc.sql("select service_id from account_service where account_id = ?")
                .param(account.id())
                .query(UUID.class)
                .list());
    return new Account(
        account.id(),
        account.email(),
        account.displayName(),
        account.role(),
        account.discipline(),
        account.active(),
        account.passwordMustChange(),
        account.version(),
        Set.copyOf(organisations),
        Set.copyOf(services));
  }

  private static Account account(ResultSet rs, Set<UUID> organisations, Set<UUID> services)
      throws SQLException {
    String discipline = rs.getString("discipline");
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("email"),
        rs.getString("display_name"),
        Role.valueOf(rs.getString("role")),
        discipline == null ? null : Discipline.valueOf(discipline),
        rs.getBoolean("active"),
        rs.getBoolean("password_must_change"),
        rs.getInt("version"),
        organisations,
        services);
  }
}
