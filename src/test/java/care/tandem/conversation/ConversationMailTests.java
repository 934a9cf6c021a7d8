package care.tandem.conversation;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.TestMailServer;
import care.tandem.care.People;
import care.tandem.identity.account.Accounts;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * E-mail notices through a real SMTP server (GreenMail, in this JVM): sent after a post commits, to
 * everyone else on the record who wants them, and never with clinical text, names or the message.
 */
@FullApplicationTest
class ConversationMailTests {

  @Autowired Messages messages;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  ConversationFixture given;

  @BeforeEach
  void setUp() throws Exception {
    given = new ConversationFixture(accounts, people, jdbc);
  }

  @Test
  void tellsTheTeamAndThePersonThatThereIsSomethingNewWithoutSayingWhat() throws Exception {
    messages.post(
        given.person,
        null,
        new NewMessage(
            "Robin's MRI shows a disc bulge at L4/5; please review the naproxen dose.",
            given.gp.id(),
            UUID.randomUUID()),
        as(given.physio));

    MimeMessage[] sent = receivedByThisTestsPeople(2);
    assertThat(sent)
        .extracting(TestMailServer::recipient)
        .containsExactlyInAnyOrder(given.personEmail, "test-" + given.gp.id() + "@example.org");
    for (MimeMessage email : sent) {
      String whole = email.getSubject() + "\n" + GreenMailUtil.getBody(email);
      assertThat(whole)
          .contains("There is something new for you in Tandem")
          .contains("/notifications")
          .doesNotContain("MRI")
          .doesNotContain("naproxen")
          .doesNotContain("Robin")
          .doesNotContain("Hale")
          .doesNotContain("Priya")
          .doesNotContain(given.person.toString());
    }
  }

  @Test
  void sendsNothingToTheAuthorAndAtMostOneNoticePerQuietPeriod() throws Exception {
    for (String text : new String[] {"First", "Second", "Third"}) {
      messages.post(
          given.person, null, new NewMessage(text, null, UUID.randomUUID()), as(given.physio));
    }

    receivedByThisTestsPeople(2);
    Thread.sleep(1_000);
    assertThat(Arrays.stream(receivedByThisTestsPeople(0)).map(TestMailServer::recipient))
        .containsExactlyInAnyOrder(given.personEmail, "test-" + given.gp.id() + "@example.org");
  }

  /**
   * E-mail to anyone on this test's record, once at least {@code count} have come (for up to 15
   * seconds): the demo and other tests may be sending too.
   */
  private MimeMessage[] receivedByThisTestsPeople(int count) {
    return TestMailServer.awaitReceivedBy(
        count,
        Duration.ofSeconds(15),
        given.personEmail,
        given.physio.id().toString(),
        given.gp.id().toString(),
        given.patient.id().toString(),
        given.offTeam.id().toString(),
        given.otherPatient.id().toString());
  }
}
