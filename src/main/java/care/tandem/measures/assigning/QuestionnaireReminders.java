package care.tandem.measures.assigning;

import care.tandem.care.ContactMethod;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.web.CareDates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of questionnaires due today or overdue: one reminder per assignment per due date
 * (a unique row, so a second run or a second node reminds nobody twice), and at most one e-mail per
 * person per run, sent only after the reminders commit. The e-mail says nothing clinical, not even
 * which questionnaire; the home page shows what is due.
 */
@Component
public class QuestionnaireReminders {

  private static final Logger log = LoggerFactory.getLogger(QuestionnaireReminders.class);

  private final AssignmentRepository assignments;
  private final JdbcClient jdbc;
  private final People people;
  private final TransactionTemplate transactions;
  private final @Nullable JavaMailSender sender;
  private final String from;
  private final String link;

  QuestionnaireReminders(
      AssignmentRepository assignments,
      JdbcClient jdbc,
      People people,
      PlatformTransactionManager transactions,
      ObjectProvider<JavaMailSender> sender,
      @Value(
              "${tandem.measures.mail.from:${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}}")
          String from,
      @Value("${tandem.measures.mail.link:${tandem.conversation.mail.link:http://localhost:8080}}")
          String link) {
    this.assignments = assignments;
    this.jdbc = jdbc;
    this.people = people;
    this.transactions = new TransactionTemplate(transactions);
    this.sender = sender.getIfAvailable();
    this.from = from;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  /**
   * Records the reminders due on {@code clock}'s day (UK time) and e-mails each person once.
   *
   * @return how many e-mails went
   */
  public int remindDue(Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(CareDates.UK_TIME));
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    Set<UUID> reminded = transactions.execute(status -> record(today, now));
    int sent = 0;
    for (UUID person : reminded == null ? Set.<UUID>of() : reminded) {
      sent += email(person, today, now) ? 1 : 0;
    }
    return sent;
  }

  private Set<UUID> record(LocalDate today, OffsetDateTime now) {
    Set<UUID> people = new LinkedHashSet<>();
    for (Assignment due : assignments.dueBy(today)) {
      int inserted =
          jdbc.sql(
                  """
                  insert into measures_reminder (assignment_id, due_date, reminded_at)
                  values (?, ?, ?) on conflict do nothing
                  """)
              .params(due.id(), due.nextDue(), now)
              .update();
      if (inserted == 1) {
        people.add(due.person());
      }
    }
    return people;
  }

  private boolean email(UUID person, LocalDate today, OffsetDateTime now) {
    Optional<String> address = addressOf(person);
    if (sender == null || address.isEmpty()) {
      return false;
    }
    try {
      sender.send(message(address.get()));
    } catch (MailException e) {
      log.warn("Questionnaire reminder e-mail for person {} not sent: {}", person, e.toString());
      return false;
    }
    jdbc.sql(
            """
            update measures_reminder set emailed_at = ? where emailed_at is null
              and reminded_at = ? and assignment_id in
              (select id from measures_assignment where person_id = ?)
            """)
        .params(now, now, person)
        .update();
    return true;
  }

  /** Their e-mail address, if they have an account to sign in to and are happy to be e-mailed. */
  private Optional<String> addressOf(UUID person) {
    Person record = people.findAll(List.of(person)).get(person);
    if (record == null || record.accountId() == null) {
      return Optional.empty();
    }
    var details = record.details();
    return details.contactMethods().contains(ContactMethod.EMAIL)
        ? Optional.ofNullable(details.email()).filter(email -> !email.isBlank())
        : Optional.empty();
  }

  private SimpleMailMessage message(String to) {
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(to);
    email.setSubject("You have a questionnaire to fill in on Tandem");
    email.setText(
        """
        Hello,

        You have a questionnaire to fill in on Tandem. Sign in to see it:
        %s/

        We never put details in emails, to keep them private.

        Tandem
        """
            .formatted(link));
    return email;
  }
}
