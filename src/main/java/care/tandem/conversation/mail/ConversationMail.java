package care.tandem.conversation.mail;

import care.tandem.conversation.Conversations;
import care.tandem.conversation.MessagePosted;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails people on a record that there is something new in Tandem, never what it is: no names, no
 * message text, just a link to sign in. Off unless {@code spring.mail.host} is set.
 *
 * <p>After a post commits, each other member who wants e-mails gets a notice ({@link MailNotices}),
 * noted by a module listener on Spring's task executor, so nobody waits for the mail server.
 * Notices are sent at most one per account per record per quiet period, and only while something is
 * still unread. A failed send is logged and tried again by the sweep ({@link
 * ConversationMailJobs}); the message itself was committed before any of this began. The event
 * publication registry keeps a {@link MessagePosted} whose notices could not be noted, and it is
 * resubmitted.
 */
@Component
class ConversationMail {

  private static final Logger log = LoggerFactory.getLogger(ConversationMail.class);
  private static final int BATCH = 50;

  private final @Nullable JavaMailSender sender;
  private final MailNotices notices;
  private final MailRecipients recipients;
  private final Conversations conversations;
  private final String from;
  private final String link;
  private final Duration quietPeriod;
  private final Duration retryDelay;

  ConversationMail(
      ObjectProvider<JavaMailSender> sender,
      MailNotices notices,
      MailRecipients recipients,
      Conversations conversations,
      @Value("${tandem.conversation.mail.from:Tandem <no-reply@tandem.invalid>}") String from,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link,
      @Value("${tandem.conversation.mail.quiet-period:15m}") Duration quietPeriod,
      @Value("${tandem.conversation.mail.retry-delay:1m}") Duration retryDelay) {
    this.sender = sender.getIfAvailable();
    this.notices = notices;
    this.recipients = recipients;
    this.conversations = conversations;
    this.from = from;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
    this.quietPeriod = quietPeriod;
    this.retryDelay = retryDelay;
    if (this.sender == null) {
      log.info("E-mail notifications are off: set spring.mail.host to send them");
    }
  }

  /**
   * After the post commits, in a transaction of its own: note who to tell; once that commits, send
   * what is due, still off the request's thread.
   */
  @ApplicationModuleListener
  void on(MessagePosted posted) {
    if (sender == null) {
      return;
    }
    notices.pending(
        recipients.othersOn(posted.person(), posted.author()), posted.person(), posted.at());
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            deliverDueQuietly();
          }
        });
  }

  /** Sends every notice that is due now. Returns how many e-mails went. */
  int deliverDue() {
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    List<MailNotices.Claim> claims;
    do {
      claims = notices.claimDue(quietPeriod, BATCH);
      for (MailNotices.Claim claim : claims) {
        sent += deliver(claim) ? 1 : 0;
      }
    } while (claims.size() == BATCH);
    return sent;
  }

  /** Sends what is due; a failure is logged and left for the sweep. */
  void deliverDueQuietly() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      log.warn("Could not send e-mail notices; will try again: {}", e.toString());
    }
  }

  private boolean deliver(MailNotices.Claim claim) {
    var address = recipients.addressOf(claim.account(), claim.person());
    boolean somethingUnread =
        conversations
                .unreadCounts(claim.account(), List.of(claim.person()))
                .getOrDefault(claim.person(), 0)
            > 0;
    if (address.isEmpty() || !somethingUnread) {
      notices.settled(claim);
      return false;
    }
    try {
      sender.send(email(address.get()));
      notices.sent(claim);
      return true;
    } catch (MailException e) {
      log.warn(
          "E-mail notice to account {} not sent, will try again: {}",
          claim.account(),
          e.toString());
      notices.failed(claim, retryDelay);
      return false;
    }
  }

  private SimpleMailMessage email(String to) {
    SimpleMailMessage email = new SimpleMailMessage();
    email.setFrom(from);
    email.setTo(to);
    email.setSubject("There is something new for you in Tandem");
    email.setText(
        """
        Hello,

        There is something new for you in Tandem.

        Sign in to see it:
        %s/notifications

        We never put details in emails, to keep them private.

        You can change whether we email you after you sign in, or ask your care team.

        Tandem
        """
            .formatted(link));
    return email;
  }
}
