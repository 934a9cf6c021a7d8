package care.tandem.conversation;

import care.tandem.care.CareRecords;
import care.tandem.care.ContactMethod;
import care.tandem.care.People;
import care.tandem.care.PersonDetails;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh record for each test: Sam-like person with their own account (who wants e-mail), a
 * physiotherapist leading the team, a GP on it too, and strangers: a practitioner off the team and
 * another patient.
 */
class ConversationFixture {

  final Accounts accounts;
  final CareRecords records;
  final JdbcClient jdbc;
  final Account physio;
  final Account gp;
  final Account patient;
  final Account offTeam;
  final Account otherPatient;
  final UUID person;
  final String personEmail;

  ConversationFixture(Accounts accounts, People people, JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    physio = account("Priya Tester", Role.PRACTITIONER, Discipline.PHYSIOTHERAPIST);
    gp = account("Ana Tester", Role.PRACTITIONER, Discipline.GP);
    patient = account("Robin Hale", Role.PATIENT, null);
    offTeam = account("Jo Outsider", Role.PRACTITIONER, Discipline.MENTAL_HEALTH_PRACTITIONER);
    otherPatient = account("Kim Other", Role.PATIENT, null);
    personEmail = "person-" + UUID.randomUUID() + "@example.org";
    person =
        people
            .startCare(
                details(personEmail, List.of(ContactMethod.EMAIL)),
                "Physiotherapist",
                UUID.randomUUID(),
                CareRecords.as(physio))
            .id();
    records.link(person, patient);
    join(person, gp, "GP");
  }

  /**
   * An account straight into the table: these tests sign in through the test support, never with a
   * password, so they skip the (deliberately slow) password hashing.
   */
  Account account(String name, Role role, @Nullable Discipline discipline) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into account (id, email, display_name, password_hash, role, discipline,
              created_at, updated_at)
            values (?, ?, ?, '{noop}not-for-signing-in', ?, ?, now(), now())
            """)
        .params(
            id,
            "test-" + id + "@example.org",
            name,
            role.name(),
            discipline == null ? null : discipline.name())
        .update();
    return accounts.find(id).orElseThrow();
  }

  /** Another record the same physiotherapist leads, with nobody else on it. */
  UUID anotherRecord() {
    return records.personCaredForBy(physio);
  }

  void join(UUID record, Account practitioner, String role) {
    jdbc.sql(
            """
            insert into care_team_member (id, person_id, account_id, team_role, joined_at)
            values (?, ?, ?, ?, now())
            """)
        .params(UUID.randomUUID(), record, practitioner.id(), role)
        .update();
  }

  String emailOf(Account account) {
    return jdbc.sql("select email from account where id = ?")
        .param(account.id())
        .query(String.class)
        .single();
  }

  int messagesOn(UUID record) {
    return jdbc.sql("select count(*) from conversation_message where person_id = ?")
        .param(record)
        .query(Integer.class)
        .single();
  }

  int audited(UUID record, String action, String outcome) {
    return records.audited(record, action, outcome);
  }

  static PersonDetails details(String email, List<ContactMethod> methods) {
    return new PersonDetails(
        "Robin",
        "Hale",
        null,
        LocalDate.of(1979, 2, 3),
        null,
        email,
        null,
        null,
        null,
        null,
        null,
        methods,
        null,
        null,
        null);
  }
}
