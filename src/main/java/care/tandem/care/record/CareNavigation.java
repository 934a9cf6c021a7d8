package care.tandem.care.record;

import care.tandem.system.NavigationContributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Header links to the care record: the person's own, a practitioner's people, admin reviews; first
 * in the header.
 */
@Component
@Order(100)
class CareNavigation implements NavigationContributor {

  @Override
  public boolean ownLinks() {
    return true;
  }

  @Override
  public List<Link> linksFor(Authentication viewer) {
    Set<String> roles =
        viewer.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .collect(Collectors.toSet());
    List<Link> links = new ArrayList<>();
    if (roles.contains("ROLE_PATIENT")) {
      links.add(new Link("My record", "/my-record"));
    }
    if (roles.contains("ROLE_PRACTITIONER") || roles.contains("ROLE_SERVICE_LEAD")) {
      links.add(new Link("My people", "/people"));
    }
    if (roles.contains("ROLE_CARER")) {
      links.add(new Link("People I help", "/helping"));
    }
    if (roles.contains("ROLE_ADMIN")) {
      links.add(new Link("Emergency access reviews", "/admin/break-glass"));
    }
    return links;
  }
}
