package care.tandem.care.carers;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails a person's invitation to someone who helps them. Off unless {@code spring.mail.host} is
 * set; the person's page then says that no e-mail was sent.
 */
@Component
class CarerInvitationMail {

  private static final Logger log = LoggerFactory.getLogger(CarerInvitationMail.class);

  private final @Nullable JavaMailSender sender;
  private final String from;
  private final String link;

  CarerInvitationMail(
      ObjectProvider<JavaMailSender> sender,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link) {
    this.sender = sender.getIfAvailable();
    this.from = from;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  /** Sends the invitation; false if there is no mail server or the send failed. */
  boolean send(CarerInvitations.Issued issued, String personName, long days) {
    if (sender == null || issued.token() == null) {
      return false;
    }
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(issued.email());
    email.setSubject(personName + " has asked you to help them with their care in Tandem");
    email.setText(
        """
        Hello %s,

        %s has asked you to help them with their care. Tandem is where they and their care team \
        share a care plan and a conversation.

        To say yes, open this link and create your account:
        %s/carer-invitation?token=%s

        The link works once, for %d days. %s chose what you can see and do, and can change \
        their mind at any time.

        If you do not know %s, or do not want to help, you do not need to do anything.

        Tandem
        """
            .formatted(
                issued.name(), personName, link, issued.token(), days, personName, personName));
    try {
      sender.send(email);
      log.info("Carer invitation {} sent", issued.id());
      return true;
    } catch (MailException e) {
      // The exception may name the address, which never goes in the log.
      log.warn("Carer invitation {} not sent: {}", issued.id(), e.getClass().getSimpleName());
      return false;
    }
  }
}
