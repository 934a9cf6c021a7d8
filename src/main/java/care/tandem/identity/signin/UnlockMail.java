package care.tandem.identity.signin;

import care.tandem.identity.account.AccountLinkMail;
import care.tandem.identity.account.AccountLinkMail.Letter;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * E-mails an unlock link to the account whose sign-in is being slowed, off the request's thread
 * ({@link AccountLinkMail}). Off unless a mail server is set; then the person can still wait, or
 * use a known device.
 */
@Component
class UnlockMail {

  private final AccountLinkMail mail;
  private final UnlockLinks links;

  UnlockMail(AccountLinkMail mail, UnlockLinks links) {
    this.mail = mail;
    this.links = links;
  }

  /** Whether unlock links are e-mailed at all (a mail server is configured). */
  boolean on() {
    return mail.on();
  }

  /** Sends a link to the account with this email address, if it has one and is due one. */
  void offer(String email) {
    mail.sendLater("Unlock link", () -> links.issue(email, Clock.systemUTC()).map(this::letter));
  }

  private Letter letter(UnlockLinks.Issued issued) {
    return new Letter(
        issued.account(),
        issued.email(),
        "Someone tried to sign in to your Tandem account",
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
            .formatted(mail.address(), issued.token(), links.lifetime().toMinutes()));
  }
}
