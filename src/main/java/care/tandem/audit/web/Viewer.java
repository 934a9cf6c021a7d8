package care.tandem.audit.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is using an audit page, as the audit log records them: account id and role. */
record Viewer(@Nullable UUID account, @Nullable String role) {

  static Viewer of(@Nullable Authentication authentication) {
    if (authentication == null) {
      return new Viewer(null, null);
    }
    String role =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority != null && authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .findFirst()
            .orElse(null);
    return new Viewer(accountId(authentication.getName()), role);
  }

  private static @Nullable UUID accountId(String name) {
    try {
      return UUID.fromString(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
