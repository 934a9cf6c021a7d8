package care.tandem.directory.curating;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is changing the directory, as the audit log records them: account id and role code. */
record Editor(UUID accountId, String role) {

  /** The signed-in person; their role is the first {@code ROLE_} authority. */
  static Editor of(Authentication viewer) {
    String role =
        viewer.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority != null && authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .findFirst()
            .orElse("UNKNOWN");
    return new Editor(UUID.fromString(viewer.getName()), role);
  }

  /** Someone signed in, or null for a person who is not (problem reports are open to all). */
  static @Nullable Editor orNobody(@Nullable Authentication viewer) {
    if (viewer == null || !viewer.isAuthenticated() || !isAccountId(viewer.getName())) {
      return null;
    }
    return of(viewer);
  }

  private static boolean isAccountId(String name) {
    try {
      UUID.fromString(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
