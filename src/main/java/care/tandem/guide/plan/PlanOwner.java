package care.tandem.guide.plan;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Whose plan a request may use: a signed-in practitioner or service lead, by account id. */
public record PlanOwner(UUID accountId) {

  private static final java.util.Set<String> ROLES =
      java.util.Set.of("ROLE_PRACTITIONER", "ROLE_SERVICE_LEAD");

  /** The viewer's plan owner, or empty for anyone who may not keep a plan. */
  public static Optional<PlanOwner> of(@Nullable Authentication viewer) {
    if (!isSignedIn(viewer)
        || viewer.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .noneMatch(ROLES::contains)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PlanOwner(UUID.fromString(viewer.getName())));
    } catch (IllegalArgumentException notAnAccountId) {
      return Optional.empty();
    }
  }

  static boolean isSignedIn(@Nullable Authentication viewer) {
    return viewer != null
        && viewer.isAuthenticated()
        && !(viewer instanceof AnonymousAuthenticationToken);
  }
}
