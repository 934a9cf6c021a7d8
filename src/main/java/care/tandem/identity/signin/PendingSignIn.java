package care.tandem.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * A sign-in whose password was right, waiting for the two-factor code. Kept in the session under
 * its own name, never as the security context, so until the code is right the person is not signed
 * in. It lasts {@link #LIFETIME}.
 */
record PendingSignIn(Authentication authentication, Instant started) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final Duration LIFETIME = Duration.ofMinutes(5);
  private static final String ATTRIBUTE = PendingSignIn.class.getName();

  static void hold(HttpServletRequest request, Authentication authentication) {
    request.getSession().setAttribute(ATTRIBUTE, new PendingSignIn(authentication, Instant.now()));
  }

  /** The sign-in waiting in this browser's session, if there is one and it is not too old. */
  static Optional<PendingSignIn> in(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
      return Optional.empty();
    }
    return pending.started().plus(LIFETIME).isBefore(Instant.now())
        ? Optional.empty()
        : Optional.of(pending);
  }

  static void forget(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
