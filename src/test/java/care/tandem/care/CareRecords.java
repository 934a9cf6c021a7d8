package care.tandem.care;

import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountDetails;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Throw-away people, practitioners and patients for care tests, and ways to sign in as them. */
public class CareRecords {

  private final TestAccounts accounts;
  private final People people;
  private final JdbcClient jdbc;
  private final @Nullable Accounts accountService;

  public CareRecords(TestAccounts accounts, People people, JdbcClient jdbc) {
    this(accounts, people, jdbc, null);
  }

  public CareRecords(
      TestAccounts accounts, People people, JdbcClient jdbc, @Nullable Accounts accountService) {
    this.accounts = accounts;
    this.people = people;
    this.jdbc = jdbc;
    this.accountService = accountService;
  }

  /** A new service in a demo organisation, so only the practitioners a test adds work there. */
  public UUID newService() {
    UUID organisation =
        jdbc.sql("select id from organisation order by name limit 1").query(UUID.class).single();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into care_service (id, organisation_id, name, kind, created_at, updated_at)
            values (?, ?, ?, 'TALKING_THERAPIES', now(), now())
            """)
        .params(id, organisation, "Test service " + id)
        .update();
    return id;
  }

  /** A practitioner who works in {@code service}. */
  public Account practitionerIn(UUID service, Discipline discipline) {
    if (accountService == null) {
      throw new IllegalStateException("Needs Accounts");
    }
    UUID organisation =
        jdbc.sql("select organisation_id from care_service where id = ?")
            .param(service)
            .query(UUID.class)
            .single();
    UUID id =
        accountService
            .create(
                "test-" + UUID.randomUUID() + "@example.org",
                new AccountDetails(
                    "Practitioner " + id4(),
                    Role.PRACTITIONER,
                    discipline,
                    Set.of(organisation),
                    Set.of(service)),
                TestAccounts.PASSWORD,
                UUID.randomUUID(),
                accounts.admin())
            .id();
    jdbc.sql("update account set password_must_change = false where id = ?").param(id).update();
    return accountService.find(id).orElseThrow();
  }

  private static String id4() {
    return UUID.randomUUID().toString().substring(0, 4);
  }

  public Account practitioner(Discipline discipline) {
    return accounts.create(Role.PRACTITIONER, discipline);
  }

  public Account account(Role role) {
    return accounts.create(role, role == Role.PRACTITIONER ? Discipline.GP : null);
  }

  /** A new person whose care {@code lead} started; their team is just the lead. */
  public UUID personCaredForBy(Account lead) {
    return people.startCare(details(null), "Lead practitioner", UUID.randomUUID(), as(lead)).id();
  }

  /** Links the person's record to their own (patient) account. */
  public void link(UUID person, Account patient) {
    jdbc.sql("update person set account_id = ? where id = ?").params(patient.id(), person).update();
  }

  public static PersonDetails details(@Nullable NhsNumber nhsNumber) {
    return new PersonDetails(
        "Test",
        "Person",
        null,
        LocalDate.of(1980, 5, 17),
        nhsNumber,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null);
  }

  /** The account signed in, with its role (and discipline) authorities, as the application has. */
  public static Authentication as(Account account) {
    List<String> authorities =
        account.discipline() == null
            ? List.of(account.role().authority())
            : List.of(account.role().authority(), account.discipline().authority());
    return UsernamePasswordAuthenticationToken.authenticated(
        account.id().toString(), null, AuthorityUtils.createAuthorityList(authorities));
  }

  /** How many audit rows about the person have this action and outcome. */
  public int audited(UUID person, String action, String outcome) {
    return jdbc.sql(
            "select count(*) from audit_event where person = ? and action = ? and outcome = ?")
        .params(person, action, outcome)
        .query(Integer.class)
        .single();
  }

  /** A fresh valid NHS number in the 999 test range, unlikely to clash with another test's. */
  public static NhsNumber newNhsNumber() {
    while (true) {
      String nine = "999" + String.format("%06d", (int) (Math.random() * 1_000_000));
      for (int check = 0; check <= 9; check++) {
        if (NhsNumber.isValid(nine + check)) {
          return new NhsNumber(nine + check);
        }
      }
    }
  }
}
