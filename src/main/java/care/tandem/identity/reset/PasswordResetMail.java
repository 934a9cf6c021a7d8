package care.tandem.identity.reset;

import java.time.Clock;
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

/**
 * E-mails a reset link to the account with an email address. Looking the address up and sending
 * both happen off the request's thread, so the answer takes the same time whether or not the
 * address has an account. Off unless {@code spring.mail.host} is set.
 */
@Component
class PasswordResetMail {

  private static final Logger log = LoggerFactory.getLogger(PasswordResetMail.class);

  private final @Nullable JavaMailSender sender;
  private final PasswordResetLinks links;
  private final Executor executor;
  private final String from;
  private final String link;

  PasswordResetMail(
      ObjectProvider<JavaMailSender> sender,
      PasswordResetLinks links,
      @Qualifier("applicationTaskExecutor") Executor executor,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link) {
    this.sender = sender.getIfAvailable();
    this.links = links;
    this.executor = executor;
    this.from = from;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  /** Whether reset links are e-mailed at all (a mail server is configured). */
  boolean on() {
    return sender != null;
  }

  /** Sends a link to the account with this email address, if it has one and is due one. */
  void offer(String email) {
    if (sender == null) {
      return;
    }
    executor.execute(
        () -> {
          try {
            links.issue(email, Clock.systemUTC()).ifPresent(this::send);
          } catch (RuntimeException e) {
            log.warn("Could not send a reset link: {}", e.getClass().getSimpleName());
          }
        });
  }

  private void send(PasswordResetLinks.Issued issued) {
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(issued.email());
    email.setSubject("Reset your Tandem password");
    email.setText(
        """
        Hello,

        Someone asked to reset the password of your Tandem account. If it was you, open this \
        link and choose a new password:
        %s/sign-in/reset-password?token=%s

        The link works once, for %d minutes. When you choose a new password, you are signed out \
        everywhere.

        If it was not you, you do not need to do anything. Your password has not changed. If you \
        get these emails often, tell the administrator at your organisation.

        Tandem
        """
            .formatted(link, issued.token(), links.lifetime().toMinutes()));
    try {
      sender.send(email);
      log.info("Reset link sent to account {}", issued.account());
    } catch (MailException e) {
      log.warn(
          "Reset link to account {} not sent: {}", issued.account(), e.getClass().getSimpleName());
    }
  }
}
