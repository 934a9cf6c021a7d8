package care.tandem.care.joining;

import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mails of joining: the invitation to the person, and a note to whoever sent it when it
 * locks. No clinical text and no name of a service beyond "your care team", since anyone may read
 * an inbox. Sent after the request's transaction, off its thread; never the address in the log.
 */
@Component
class InvitationMail {

  private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

  private final @Nullable JavaMailSender sender;
  private final Executor executor;
  private final JoiningSettings settings;
  private final String from;

  InvitationMail(
      ObjectProvider<JavaMailSender> sender,
      @Qualifier("applicationTaskExecutor") Executor executor,
      JoiningSettings settings,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from) {
    this.sender = sender.getIfAvailable();
    this.executor = executor;
    this.settings = settings;
    this.from = from;
  }

  /** Whether invitations can be e-mailed at all (a mail server is configured). */
  boolean on() {
    return sender != null;
  }

  void invite(String email, String code, long days) {
    send(
        email,
        "Your care team has invited you to see your care record",
        """
        Hello,

        Your care team has invited you to see your care record online. You can read your care \
        plan and send messages to your team.

        To join, open this link:
        %s/join?code=%s

        Or go to %s/join and type this code: %s

        The link and code work once, for %d days. You will be asked to make an account (or use \
        NHS login) and to confirm your date of birth.

        If you were not expecting this, you do not need to do anything.

        Your care team
        """
            .formatted(settings.link(), code, settings.link(), InvitationCode.grouped(code), days));
  }

  void locked(String email) {
    send(
        email,
        "An invitation you sent has been locked",
        """
        Hello,

        Someone entered the wrong date of birth too many times while joining a care record from \
        an invitation you sent. The invitation has been locked and nothing was linked.

        Sign in to Tandem and open your notifications or the person's record to see it. You can \
        send a new invitation once you have checked the details with the person.

        Tandem
        """);
  }

  private void send(String to, String subject, String text) {
    if (sender == null) {
      return;
    }
    JavaMailSender mail = sender;
    Runnable sending =
        () -> {
          SimpleMailMessage message = new SimpleMailMessage();
          message.setFrom(from);
          message.setTo(to);
          message.setSubject(subject);
          message.setText(text);
          try {
            mail.send(message);
          } catch (MailException | IllegalStateException e) {
            log.warn("Joining e-mail not sent: {}", e.getClass().getSimpleName());
          }
        };
    // Only once what it tells of has committed.
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              executor.execute(sending);
            }
          });
    } else {
      executor.execute(sending);
    }
  }
}
