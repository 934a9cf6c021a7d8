package care.tandem.identity.signin;

import org.jspecify.annotations.Nullable;

/**
 * What the unlock page shows: the button for a link that still works (its token), or, with no
 * token, that the link does not work; how long links last; and the CSRF token.
 */
public record UnlockPage(
    @Nullable String token, long linkMinutes, String csrfParameter, String csrfToken) {

  public boolean usable() {
    return token != null;
  }
}
