package care.tandem.conversation;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.care.People;
import care.tandem.identity.account.Accounts;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
 * E-mail notices through a real SMTP server (GreenMail, in this JVM): sent after a post commits, to
 * everyone else on the record who wants them, and never with clinical text, names or the message.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConversationMailTests {

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

  @Autowired Messages messages;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  ConversationFixture given;

  @BeforeEach
  void setUp() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
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

    assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent)
        .extracting(ConversationMailTests::recipient)
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

    smtp.waitForIncomingEmail(15_000, 2);
    Thread.sleep(1_000);
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ConversationMailTests::recipient))
        .containsExactlyInAnyOrder(given.personEmail, "test-" + given.gp.id() + "@example.org");
  }

  private static String recipient(MimeMessage email) {
    try {
      return email.getRecipients(RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
