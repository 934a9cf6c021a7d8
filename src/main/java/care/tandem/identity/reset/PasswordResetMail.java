package care.tandem.identity.reset;

import care.tandem.identity.account.AccountLinkMail;
import care.tandem.identity.account.AccountLinkMail.Letter;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * E-mails a reset link to the account with an email address, off the request's thread ({@link
 * AccountLinkMail}), so the answer takes the same time whether or not the address has an account.
 * Off unless a mail server is set.
 */
@Component
class PasswordResetMail {

  private final AccountLinkMail mail;
  private final PasswordResetLinks links;

  PasswordResetMail(AccountLinkMail mail, PasswordResetLinks links) {
    this.mail = mail;
    this.links = links;
  }

  /** Whether reset links are e-mailed at all (a mail server is configured). */
  boolean on() {
    return mail.on();
  }

  /** Sends a link to the account with this email address, if it has one and is due one. */
  void offer(String email) {
    mail.sendLater("Reset link", () -> links.issue(email, Clock.systemUTC()).map(this::letter));
  }

  private Letter letter(PasswordResetLinks.Issued issued) {
    return new Letter(
        issued.account(),
        issued.email(),
        "Reset your Tandem password",
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
            .formatted(mail.address(), issued.token(), links.lifetime().toMinutes()));
  }
}
