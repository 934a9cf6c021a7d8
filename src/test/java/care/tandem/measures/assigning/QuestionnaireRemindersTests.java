package care.tandem.measures.assigning;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.care.People;
import care.tandem.care.web.CareDates;
import care.tandem.identity.account.Accounts;
import care.tandem.measures.testing.MeasuresFixture;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily reminder, run directly with a clock: one reminder per assignment per due date, an
 * e-mail to people who are happy to be e-mailed, and never anything clinical in it.
 */
@FullApplicationTest
class QuestionnaireRemindersTests {

  @Autowired QuestionnaireReminders reminders;
  @Autowired Assignments assignments;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  MeasuresFixture given;
  String address;

  @BeforeEach
  void setUp() throws Exception {
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
    return TestMailServer.receivedBy(address);
  }
}
