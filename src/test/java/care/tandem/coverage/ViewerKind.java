package care.tandem.coverage;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The kinds of viewer whose pages differ: one of each is enough for the page gates. */
public enum ViewerKind {
  ANONYMOUS,
  PERSON,
  CLINICIAN,
  VOLUNTEER,
  LEAD,
  ADMIN;

  static ViewerKind current() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated()) {
      return ANONYMOUS;
    }
    Set<String> authorities =
        signedIn.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    if (authorities.contains("ROLE_ADMIN")) {
      return ADMIN;
    }
    if (authorities.contains("ROLE_SERVICE_LEAD")) {
      return LEAD;
    }
    if (authorities.contains("ROLE_PATIENT")) {
      return PERSON;
    }
    if (authorities.contains("DISCIPLINE_VOLUNTEER")) {
      return VOLUNTEER;
    }
    if (authorities.contains("ROLE_PRACTITIONER")) {
      return CLINICIAN;
    }
    return ANONYMOUS;
  }

  public String label() {
    return name().toLowerCase();
  }
}
