package care.tandem.measures.safety;

import care.tandem.system.NavigationContributor;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * "Alerts" in the header for practitioners and service leads, with how many safety alerts are not
 * closed for people on their care teams: "Alerts (2)" (hazard H4). Every clinician on the team sees
 * the count, not only the owner. Counted in one indexed query, as it is on every page.
 */
@Component
@Order(90)
class AlertNavigation implements NavigationContributor {

  private static final Logger log = LoggerFactory.getLogger(AlertNavigation.class);
  private static final Set<String> ROLES = Set.of("ROLE_PRACTITIONER", "ROLE_SERVICE_LEAD");

  private final AlertRepository alerts;

  AlertNavigation(AlertRepository alerts) {
    this.alerts = alerts;
  }

  /** A clinician's own work: kept ahead of Guide and Principles, not folded under "More". */
  @Override
  public boolean ownLinks() {
    return true;
  }

  @Override
  public List<Link> linksFor(Authentication viewer) {
    if (viewer instanceof AnonymousAuthenticationToken
        || !viewer.isAuthenticated()
        || viewer.getAuthorities().stream().noneMatch(a -> ROLES.contains(a.getAuthority()))) {
      return List.of();
    }
    UUID account;
    try {
      account = UUID.fromString(viewer.getName());
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    return List.of(new Link(label(count(account)), "/alerts"));
  }

  static String label(int count) {
    return count == 0 ? "Alerts" : "Alerts (" + count + ")";
  }

  private int count(UUID account) {
    try {
      return alerts.countNotClosedForTeamsOf(account);
    } catch (DataAccessException e) {
      // The header must not break every page; the alerts page and home page still show them.
      log.warn("Could not count safety alerts ({})", e.getClass().getSimpleName());
      return 0;
    }
  }
}
