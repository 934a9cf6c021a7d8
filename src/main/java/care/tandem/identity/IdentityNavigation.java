package care.tandem.identity;

import care.tandem.system.NavigationContributor;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Header links for signed-in people: changing their password, and the admin pages for admins. */
@Component
@Order(900)
class IdentityNavigation implements NavigationContributor {

  @Override
  public List<Link> linksFor(Authentication viewer) {
    if (viewer instanceof AnonymousAuthenticationToken || !viewer.isAuthenticated()) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    if (viewer.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
      links.add(new Link("Admin", "/admin"));
    }
    links.add(new Link("Change password", "/account/password"));
    return links;
  }
}
