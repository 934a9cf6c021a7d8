package care.tandem.identity;

import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountDetails;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Creates throw-away accounts for tests, so no test locks or changes a demo account. */
public class TestAccounts {

  public static final String PASSWORD = "violet harbour lantern";

  private final Accounts accounts;
  private final JdbcClient jdbc;

  public TestAccounts(Accounts accounts, JdbcClient jdbc) {
    this.accounts = accounts;
    this.jdbc = jdbc;
  }

  public Account create(Role role, @Nullable Discipline discipline) {
    String email = "test-" + UUID.randomUUID() + "@example.org";
    UUID id =
        accounts
            .create(
                email,
                new AccountDetails("Test " + role.label(), role, discipline, Set.of(), Set.of()),
                PASSWORD,
                UUID.randomUUID(),
                admin())
            .id();
    // Tests sign in with it straight away, without the first-time password change.
    jdbc.sql("update account set password_must_change = false where id = ?").param(id).update();
    return accounts.find(id).orElseThrow();
  }

  public Account demo(String email) {
    UUID id =
        jdbc.sql("select id from account where email = ?").param(email).query(UUID.class).single();
    return accounts.find(id).orElseThrow();
  }

  public Actor admin() {
    return new Actor(demo("admin@demo.tandem").id(), "ADMIN");
  }

  /**
   * How many audit entries of this kind name this value in their details. Full tests run two at a
   * time, so a test counts only entries about its own accounts or names.
   */
  public int auditCount(String action, String detail, String value) {
    return jdbc.sql("select count(*) from audit_event where action = ? and details ->> ? = ?")
        .params(action, detail, value)
        .query(Integer.class)
        .single();
  }

  /** How many audit entries of this kind this account made. */
  public int auditCountBy(String action, UUID actor) {
    return jdbc.sql("select count(*) from audit_event where action = ? and actor = ?")
        .params(action, actor)
        .query(Integer.class)
        .single();
  }

  /** How many audit entries of this kind there are in all (for actions only one test does). */
  public int auditCount(String action) {
    return jdbc.sql("select count(*) from audit_event where action = ?")
        .param(action)
        .query(Integer.class)
        .single();
  }
}
