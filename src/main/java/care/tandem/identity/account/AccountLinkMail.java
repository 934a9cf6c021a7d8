package care.tandem.identity.account;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
 * Sends an account's owner an e-mail with a single-use link (sign-in unlock, password reset), off
 * the request's thread: looking the address up and sending take no time of the request, so the
 * answer takes the same time whether or not the address has an account. Off unless {@code
 * spring.mail.host} is set. The log names the account, never the address.
 */
@Component
public class AccountLinkMail {

  /** One e-mail to the owner of {@code account}. */
  public record Letter(UUID account, String email, String subject, String text) {}

  private static final Logger log = LoggerFactory.getLogger(AccountLinkMail.class);

  private final @Nullable JavaMailSender sender;
  private final Executor executor;
  private final String from;
  private final String address;

  AccountLinkMail(
      ObjectProvider<JavaMailSender> sender,
      @Qualifier("applicationTaskExecutor") Executor executor,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link) {
    this.sender = sender.getIfAvailable();
    this.executor = executor;
    this.from = from;
    this.address = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  /** Whether links are e-mailed at all (a mail server is configured). */
  public boolean on() {
    return sender != null;
  }

  /** Where links start: Tandem's address, without a closing slash. */
  public String address() {
    return address;
  }

  /**
   * Later, on another thread: makes the letter (empty when there is nobody to write to, or they are
   * not due one) and sends it.
   *
   * @param what the kind of link, for the log, such as "Unlock link"
   */
  public void sendLater(String what, Supplier<Optional<Letter>> letter) {
    if (sender == null) {
      return;
    }
    executor.execute(
        () -> {
          try {
            letter.get().ifPresent(made -> send(what, made));
          } catch (RuntimeException e) {
            log.warn("Could not send: {} ({})", what, e.getClass().getSimpleName());
          }
        });
  }

  private void send(String what, Letter letter) {
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(letter.email());
    email.setSubject(letter.subject());
    email.setText(letter.text());
    try {
      sender.send(email);
      log.info("{} sent to account {}", what, letter.account());
    } catch (MailException e) {
      // The exception may name the address, which never goes in the log.
      log.warn(
          "{} to account {} not sent: {}", what, letter.account(), e.getClass().getSimpleName());
    }
  }
}
