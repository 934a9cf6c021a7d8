package care.tandem.learning.library;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who is using the library, as the audit log records them: account id and role code. */
record LibraryEditor(UUID accountId, String role) {

  /** Someone signed in with an account, or empty for a visitor. */
  static Optional<LibraryEditor> of(@Nullable Authentication viewer) {
    if (viewer == null
        || !viewer.isAuthenticated()
        || viewer instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    UUID id;
    try {
      id = UUID.fromString(viewer.getName());
    } catch (IllegalArgumentException notAnAccount) {
      return Optional.empty();
    }
    String role =
        viewer.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority != null && authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .findFirst()
            .orElse("UNKNOWN");
    return Optional.of(new LibraryEditor(id, role));
  }

  /** Staff (not a person or their carer): they see every piece in title order. */
  boolean staff() {
    return !"PATIENT".equals(role) && !"CARER".equals(role) && !"UNKNOWN".equals(role);
  }
}
