package care.tandem.learning.pathways;

import care.tandem.care.ContactMethod;
import care.tandem.care.People;
import care.tandem.care.Person;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The reminder e-mail: "You have something new in Tandem" and a link, never what the step is. The
 * link to stop reminders carries the enrolment's own random token (unguessable, one per pathway),
 * so one click stops them without signing in; mail programs get the same link as a one-click
 * List-Unsubscribe (RFC 8058).
 */
@Component
class PathwayReminderMail {

  private static final Logger log = LoggerFactory.getLogger(PathwayReminderMail.class);

  private final People people;
  private final EnrolmentRepository enrolments;
  private final @Nullable JavaMailSender sender;
  private final String from;
  private final String link;

  PathwayReminderMail(
      People people,
      EnrolmentRepository enrolments,
      ObjectProvider<JavaMailSender> sender,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link) {
    this.people = people;
    this.enrolments = enrolments;
    this.sender = sender.getIfAvailable();
    this.from = from;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  /** Sends the reminder, if the person has an account and is happy to be e-mailed. */
  boolean send(Enrolment enrolment) {
    Optional<String> address = addressOf(enrolment);
    Optional<String> token = enrolments.stopToken(enrolment.id());
    if (sender == null || address.isEmpty() || token.isEmpty()) {
      return false;
    }
    String stop =
        link
            + "/pathway-reminders/stop?token="
            + URLEncoder.encode(token.get(), StandardCharsets.UTF_8);
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper email = new MimeMessageHelper(message, false, "UTF-8");
      email.setFrom(from);
      email.setTo(address.get());
      email.setSubject("You have something new in Tandem");
      email.setText(
          """
          Hello,

          You have something new in Tandem. Sign in to see it:
          %s/home

          To stop these reminders, use this link:
          %s

          We never put details in emails, to keep them private.

          Tandem
          """
              .formatted(link, stop));
      message.setHeader("List-Unsubscribe", "<" + stop + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      sender.send(message);
      return true;
    } catch (MailException | MessagingException e) {
      log.warn("Pathway reminder for enrolment {} not sent: {}", enrolment.id(), e.toString());
      return false;
    }
  }

  private Optional<String> addressOf(Enrolment enrolment) {
    Person record = people.findAll(List.of(enrolment.person())).get(enrolment.person());
    if (record == null || record.accountId() == null) {
      return Optional.empty();
    }
    var details = record.details();
    return details.contactMethods().contains(ContactMethod.EMAIL)
        ? Optional.ofNullable(details.email()).filter(email -> !email.isBlank())
        : Optional.empty();
  }
}
