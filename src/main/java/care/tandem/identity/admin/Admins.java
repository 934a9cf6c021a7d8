package care.tandem.identity.admin;

import care.tandem.identity.Actor;
import care.tandem.identity.signin.TandemUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Small helpers the admin controllers share. */
final class Admins {

  static final String NOTICE = "notice";

  private Admins() {}

  static Actor actor(TandemUser user) {
    return new Actor(user.accountId(), user.role().name());
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
