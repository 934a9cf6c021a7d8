package care.tandem.conversation;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The account behind a request, if someone is signed in. */
final class Viewers {

  private Viewers() {}

  static Optional<UUID> accountOf(Authentication viewer) {
    if (viewer instanceof AnonymousAuthenticationToken || !viewer.isAuthenticated()) {
      return Optional.empty();
    }
    return Ids.parse(viewer.getName());
  }

  static boolean has(Authentication viewer, String authority) {
    return viewer.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
  }

  /** Patients and practitioners take part in conversations; admins and service leads do not. */
  static boolean takesPart(Authentication viewer) {
    return has(viewer, "ROLE_PATIENT") || has(viewer, "ROLE_PRACTITIONER");
  }
}
