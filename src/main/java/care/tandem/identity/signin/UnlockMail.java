package care.tandem.identity.signin;

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
 * E-mails an unlock link to the account whose sign-in is being slowed. Done off the request's
 * thread, so a refused attempt takes the same time whether or not the email address has an account.
 * Off unless {@code spring.mail.host} is set; then the person can still wait, or use a known
 * device.
 */
@Component
class UnlockMail {

  private static final Logger log = LoggerFactory.getLogger(UnlockMail.class);

  private final @Nullable JavaMailSender sender;
  private final UnlockLinks links;
  private final Executor executor;
  private final String from;
  private final String link;

  UnlockMail(
      ObjectProvider<JavaMailSender> sender,
      UnlockLinks links,
      @Qualifier("applicationTaskExecutor") Executor executor,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link) {
    this.sender = sender.getIfAvailable();
    this.links = links;
    this.executor = executor;
    this.from = from;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  /** Whether unlock links are e-mailed at all (a mail server is configured). */
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
            log.warn("Could not send an unlock link: {}", e.getClass().getSimpleName());
          }
        });
  }

  private void send(UnlockLinks.Issued issued) {
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(issued.email());
    email.setSubject("Someone tried to sign in to your Tandem account");
    email.setText(
        """
        Hello,

        Someone has tried to sign in to Tandem with your email address and a wrong password \
        several times. To keep your account safe, we have made signing in wait for a while.

        If this was you, you can sign in now. Open this link and press "Unlock sign-in":
        %s/sign-in/unlock?token=%s

        The link works once, for %d minutes. Then sign in with your email address and password.

        If this was not you, you do not need to do anything. Nobody has signed in and your \
        password has not changed. If this keeps happening, tell the administrator at your \
        organisation.

        Tandem
        """
            .formatted(link, issued.token(), links.lifetime().toMinutes()));
    try {
      sender.send(email);
      log.info("Unlock link sent to account {}", issued.account());
    } catch (MailException e) {
      // The exception may name the address, which never goes in the log.
      log.warn(
          "Unlock link to account {} not sent: {}", issued.account(), e.getClass().getSimpleName());
    }
  }
}
