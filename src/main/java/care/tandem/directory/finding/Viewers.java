package care.tandem.directory.finding;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is looking at a directory page: anyone, someone signed in, or a practitioner or lead. */
final class Viewers {

  private static final Set<String> SIGNPOSTERS = Set.of("ROLE_PRACTITIONER", "ROLE_SERVICE_LEAD");

  private Viewers() {}

  static boolean signedIn(@Nullable Authentication viewer) {
    return viewer != null
        && viewer.isAuthenticated()
        && !(viewer instanceof AnonymousAuthenticationToken);
  }

  /** The account id of someone signed in. */
  static Optional<UUID> account(@Nullable Authentication viewer) {
    if (!signedIn(viewer)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(viewer.getName()));
    } catch (IllegalArgumentException notAnAccount) {
      return Optional.empty();
    }
  }

  /** A person with a care record, who may add a service to their own plan. */
  static boolean isThePerson(@Nullable Authentication viewer) {
    return signedIn(viewer)
        && viewer.getAuthorities().stream()
            .anyMatch(authority -> "ROLE_PATIENT".equals(authority.getAuthority()));
  }

  /** Practitioners and service leads may signpost and see signposting figures. */
  static boolean signposts(@Nullable Authentication viewer) {
    return signedIn(viewer)
        && viewer.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(SIGNPOSTERS::contains);
  }
}
