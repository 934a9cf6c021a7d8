package care.tandem.directory.finding;

import care.tandem.care.Capabilities;
import care.tandem.system.Capability;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Who is looking at a directory page: anyone, someone signed in, or a practitioner or lead. */
final class Viewers {

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

  /**
   * Staff who may signpost people on their teams ({@link Capability#SIGNPOST}) and see signposting
   * figures. The person signposts only themself: {@link #isThePerson}.
   */
  static boolean signposts(@Nullable Authentication viewer) {
    return signedIn(viewer) && Capabilities.allows(viewer, Capability.SIGNPOST);
  }
}
