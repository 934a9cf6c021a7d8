package care.tandem.browser;

import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.care.PersonDetails;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountDetails;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people of a journey's story, made afresh for each run as a service would make them: an admin
 * creates accounts with the story's names, a practitioner starts the person's care, and the
 * person's own account is linked to their record. So a journey changes no demo record, and each run
 * sees only what it did itself. Every account signs in with {@link TestAccounts#PASSWORD}.
 */
final class StoryPeople {

  private final Accounts accounts;
  private final People people;
  private final JdbcClient jdbc;
  private final TestAccounts testAccounts;
  private final CareRecords records;

  StoryPeople(Accounts accounts, People people, JdbcClient jdbc) {
    this.accounts = accounts;
    this.people = people;
    this.jdbc = jdbc;
    this.testAccounts = new TestAccounts(accounts, jdbc);
    this.records = new CareRecords(testAccounts, people, jdbc, accounts);
  }

  /** A person's own account, named as in the story ("Sam Taylor"). */
  Account patient(String name) {
    return account(name, Role.PATIENT, null, null);
  }

  /** A practitioner named as in the story ("Priya Shah"), in no service. */
  Account practitioner(String name, Discipline discipline) {
    return account(name, Role.PRACTITIONER, discipline, null);
  }

  /** A practitioner named as in the story, working in {@code service}. */
  Account practitionerIn(UUID service, String name, Discipline discipline) {
    return account(name, Role.PRACTITIONER, discipline, service);
  }

  /** A new service of its own, so only the practitioners a journey adds work there. */
  UUID newService() {
    return records.newService();
  }

  /**
   * A new person whose care {@code lead} starts, as the lead does from "Start care"; their team is
   * just the lead, in {@code teamRole}. A fresh NHS number, so no record clashes with another.
   */
  UUID personCaredForBy(String givenName, String familyName, Account lead, String teamRole) {
    return people
        .startCare(
            details(givenName, familyName), teamRole, UUID.randomUUID(), CareRecords.as(lead))
        .id();
  }

  /**
   * Puts {@code member} on the person's care team, not as its lead, as an accepted request does.
   */
  void joinTeam(UUID person, Account member, String teamRole) {
    jdbc.sql(
            """
            insert into care_team_member (id, person_id, account_id, team_role, lead, joined_at)
            values (?, ?, ?, ?, false, now())
            """)
        .params(UUID.randomUUID(), person, member.id(), teamRole)
        .update();
  }

  /** Links the person's record to their own account, so they sign in to it. */
  void link(UUID person, Account patient) {
    records.link(person, patient);
  }

  private Account account(
      String name, Role role, @Nullable Discipline discipline, @Nullable UUID service) {
    Set<UUID> organisations = service == null ? Set.of() : Set.of(organisationOf(service));
    Set<UUID> services = service == null ? Set.of() : Set.of(service);
    String email =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".")
            + "."
            + UUID.randomUUID().toString().substring(0, 8)
            + "@example.org";
    UUID id =
        accounts
            .create(
                email,
                new AccountDetails(name, role, discipline, organisations, services),
                TestAccounts.PASSWORD,
                UUID.randomUUID(),
                testAccounts.admin())
            .id();
    // The story starts after their first sign-in, when they chose their own password.
    jdbc.sql("update account set password_must_change = false where id = ?").param(id).update();
    return accounts.find(id).orElseThrow();
  }

  private UUID organisationOf(UUID service) {
    return jdbc.sql("select organisation_id from care_service where id = ?")
        .param(service)
        .query(UUID.class)
        .single();
  }

  private static PersonDetails details(String givenName, String familyName) {
    return new PersonDetails(
        givenName,
        familyName,
        null,
        LocalDate.of(1984, 3, 12),
        CareRecords.newNhsNumber(),
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
}
