package care.tandem.plan;

import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A throw-away person for plan tests: cared for by a physiotherapist who leads their team, with a
 * mental health practitioner on the team too, and their own patient account.
 */
final class PlanFixture {

  final CareRecords records;
  final JdbcClient jdbc;
  private final Accounts accounts;
  final Account physio;
  final Account mentalHealth;
  final Account patient;
  final UUID person;

  PlanFixture(Accounts accounts, People people, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    this.physio = account(Role.PRACTITIONER, Discipline.PHYSIOTHERAPIST, "Priya Physio");
    this.mentalHealth =
        account(Role.PRACTITIONER, Discipline.MENTAL_HEALTH_PRACTITIONER, "Jordan Mentalhealth");
    this.patient = account(Role.PATIENT, null, "Pat Person");
    this.person = records.personCaredForBy(physio);
    records.link(person, patient);
    join(person, mentalHealth);
  }

  /**
   * An account nobody signs in to with a password (tests act as it directly), made without the cost
   * of hashing one, so each test can have its own people.
   */
  Account account(Role role, @Nullable Discipline discipline) {
    return account(role, discipline, "Test " + role.label());
  }

  Account account(Role role, @Nullable Discipline discipline, String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into account (id, email, display_name, password_hash, role, discipline,
              created_at, updated_at)
            values (?, ?, ?, '{noop}not-for-signing-in', ?, ?, now(), now())
            """)
        .params(
            id,
            "plan-test-" + id + "@example.org",
            name,
            role.name(),
            discipline == null ? null : discipline.name())
        .update();
    return accounts.find(id).orElseThrow();
  }

  /** Puts a practitioner on a person's team, as an accepted request would. */
  void join(UUID person, Account member) {
    jdbc.sql(
            """
            insert into care_team_member (id, person_id, account_id, team_role, lead, joined_at,
              added_by)
            values (?, ?, ?, 'Mental health practitioner', false, now(), ?)
            """)
        .params(UUID.randomUUID(), person, member.id(), physio.id())
        .update();
  }

  /** Another person, with their own team and patient account. */
  PlanFixture other(Accounts accounts, People people) {
    return new PlanFixture(accounts, people, jdbc);
  }

  static GoalDraft goal(String title) {
    return goal(title, null);
  }

  static GoalDraft goal(String title, @Nullable UUID owner) {
    return new GoalDraft(
        PlanSection.SHARED,
        title,
        "Walking for 20 minutes without stopping",
        owner,
        GoalStatus.NOT_STARTED,
        LocalDate.now().plusMonths(2));
  }

  static ActionDraft action(String what, @Nullable UUID assignee, LocalDate due) {
    return new ActionDraft(PlanSection.PAIN_AND_PHYSICAL_FUNCTION, what, assignee, due, false);
  }

  int audited(String action, String outcome) {
    return records.audited(person, action, outcome);
  }
}
