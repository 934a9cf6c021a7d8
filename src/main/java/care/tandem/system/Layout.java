package care.tandem.system;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the shared page frame needs: service name, phase, who is signed in, the navigation for their
 * role and the CSRF token for the sign-out form. Built once per request by {@link LayoutAdvice}.
 */
public record Layout(
    String serviceName,
    boolean demo,
    @Nullable String signedInAs,
    List<NavigationItem> navigation,
    String csrfParameter,
    String csrfToken,
    String currentPath) {

  public boolean signedIn() {
    return signedInAs != null;
  }

  /** A link in the header navigation; {@code current} marks the section the page belongs to. */
  public record NavigationItem(String label, String href, boolean current) {}
}
