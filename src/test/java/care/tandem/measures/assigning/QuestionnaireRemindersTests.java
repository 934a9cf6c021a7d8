package care.tandem.measures.assigning;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.care.People;
import care.tandem.care.web.CareDates;
import care.tandem.identity.account.Accounts;
import care.tandem.measures.testing.MeasuresFixture;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The daily reminder, run directly with a clock: one reminder per assignment per due date, an
 * e-mail to people who are happy to be e-mailed, and never anything clinical in it.
 */
@SpringBootTest(properties = "tandem.jobs.enabled=false")
@ActiveProfiles({"demo", "test"})
class QuestionnaireRemindersTests {

  private static final int PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> PORT);
  }

  @Autowired QuestionnaireReminders reminders;
  @Autowired Assignments assignments;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  MeasuresFixture given;
  String address;

  @BeforeEach
  void setUp() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    given = new MeasuresFixture(accounts, people, jdbc);
    address = "person-" + UUID.randomUUID() + "@example.org";
    jdbc.sql("update person set email = ?, contact_methods = 'EMAIL' where id = ?")
        .params(address, given.person)
        .update();
  }

  @Test
  void remindsOncePerDueDateWithNothingClinicalInTheEmail() throws Exception {
    LocalDate today = CareDates.today();
    assign(today);
    assign(today);

    reminders.remindDue(at(today.plusDays(1)));
    reminders.remindDue(at(today.plusDays(1)));

    MimeMessage[] sent = to(address);
    assertThat(sent).hasSize(1);
    String whole = sent[0].getSubject() + "\n" + GreenMailUtil.getBody(sent[0]);
    assertThat(whole).contains("You have a questionnaire to fill in on Tandem", "Sign in");
    assertThat(whole).doesNotContainIgnoringCase("PHQ").doesNotContain("Test Person");
    assertThat(
            given.count(
                "select count(*) from measures_reminder r join measures_assignment a"
                    + " on a.id = r.assignment_id where a.person_id = ? and r.emailed_at is not null",
                given.person))
        .isEqualTo(2);
  }

  @Test
  void remindsNobodyBeforeTheDueDate() {
    assign(CareDates.today().plusDays(3));
    reminders.remindDue(at(CareDates.today()));
    assertThat(to(address)).isEmpty();
    assertThat(
            given.count(
                "select count(*) from measures_reminder r join measures_assignment a"
                    + " on a.id = r.assignment_id where a.person_id = ?",
                given.person))
        .isZero();
  }

  @Test
  void recordsTheReminderButSendsNoEmailToSomeoneWhoDoesNotWantThem() {
    jdbc.sql("update person set contact_methods = 'PHONE' where id = ?")
        .param(given.person)
        .update();
    assign(CareDates.today());
    reminders.remindDue(at(CareDates.today()));
    assertThat(to(address)).isEmpty();
    assertThat(
            given.count(
                "select count(*) from measures_reminder r join measures_assignment a"
                    + " on a.id = r.assignment_id where a.person_id = ?",
                given.person))
        .isEqualTo(1);
  }

  private void assign(LocalDate due) {
    assignments.assign(
        given.person,
        new NewAssignment("phq-9", Schedule.ONCE, due, null),
        UUID.randomUUID(),
        as(given.practitioner));
  }

  private static Clock at(LocalDate day) {
    return Clock.fixed(
        day.atTime(LocalTime.of(8, 0)).atZone(CareDates.UK_TIME).toInstant(), CareDates.UK_TIME);
  }

  private static MimeMessage[] to(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message -> {
              try {
                return Arrays.stream(message.getRecipients(RecipientType.TO))
                    .anyMatch(r -> r.toString().contains(address));
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(MimeMessage[]::new);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
