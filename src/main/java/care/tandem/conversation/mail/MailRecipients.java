package care.tandem.conversation.mail;

import care.tandem.care.ContactMethod;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.identity.StaffDirectory;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who gets an e-mail about a record, and at which address: the person, if their contact preferences
 * include e-mail; each practitioner on the team now, unless they turned e-mails off. Asked again
 * just before sending, so someone who left the team in between gets nothing.
 */
@Component
class MailRecipients {

  private final JdbcClient jdbc;
  private final People people;
  private final StaffDirectory staff;
  private final MailPreferences preferences;

  MailRecipients(
      JdbcClient jdbc, People people, StaffDirectory staff, MailPreferences preferences) {
    this.jdbc = jdbc;
    this.people = people;
    this.staff = staff;
    this.preferences = preferences;
  }

  /** Everyone on the record now but {@code author}: those who might be told. */
  @Transactional(readOnly = true)
  public Set<UUID> othersOn(UUID person, UUID author) {
    Set<UUID> accounts = new LinkedHashSet<>();
    personRecord(person).map(Person::accountId).ifPresent(accounts::add);
    accounts.addAll(team(person));
    accounts.remove(author);
    return accounts;
  }

  /** Where to e-mail the account about the record, if they are on it and want e-mails. */
  @Transactional(readOnly = true)
  public Optional<String> addressOf(UUID account, UUID person) {
    Optional<Person> record = personRecord(person);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    if (account.equals(record.get().accountId())) {
      var details = record.get().details();
      return details.contactMethods().contains(ContactMethod.EMAIL)
          ? Optional.ofNullable(details.email())
          : Optional.empty();
    }
    if (!team(person).contains(account) || !preferences.wantsEmail(account)) {
      return Optional.empty();
    }
    return staff.emailAddress(account);
  }

  private Optional<Person> personRecord(UUID person) {
    return Optional.ofNullable(people.findAll(List.of(person)).get(person));
  }

  /** The care team's accounts now (this module's own table: no viewer to check here). */
  private List<UUID> team(UUID person) {
    return jdbc.sql(
            "select account_id from care_team_member where person_id = ? and left_at is null")
        .param(person)
        .query(UUID.class)
        .list();
  }
}
