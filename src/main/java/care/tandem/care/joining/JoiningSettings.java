package care.tandem.care.joining;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an invitation lasts, how many wrong dates of birth lock it, and how many wrong codes one
 * network address may type in a window before it must wait.
 */
@Component
class JoiningSettings {

  private final Duration lifetime;
  private final int birthDateTries;
  private final int codeTries;
  private final Duration codeWindow;
  private final String link;

  JoiningSettings(
      @Value("${tandem.joining.invitation-lifetime:14d}") Duration lifetime,
      @Value("${tandem.joining.birth-date-tries:3}") int birthDateTries,
      @Value("${tandem.joining.code-tries:10}") int codeTries,
      @Value("${tandem.joining.code-window:1h}") Duration codeWindow,
      @Value("${tandem.conversation.mail.link:http://localhost:8080}") String link) {
    this.lifetime = lifetime;
    this.birthDateTries = birthDateTries;
    this.codeTries = codeTries;
    this.codeWindow = codeWindow;
    this.link = link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
  }

  Duration lifetime() {
    return lifetime;
  }

  int birthDateTries() {
    return birthDateTries;
  }

  int codeTries() {
    return codeTries;
  }

  Duration codeWindow() {
    return codeWindow;
  }

  /** The public address of Tandem, without a trailing slash: for links in e-mails and letters. */
  String link() {
    return link;
  }
}
