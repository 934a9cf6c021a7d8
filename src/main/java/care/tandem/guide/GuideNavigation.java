package care.tandem.guide;

import care.tandem.guide.plan.PlanOwner;
import care.tandem.system.NavigationContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** "Guide" for everyone, in the header. */
@Component
@Order(10)
class GuideNavigation implements NavigationContributor {

  @Override
  public List<Link> linksFor(Authentication viewer) {
    return List.of(new Link("Guide", "/guide"));
  }

  /** "My plan" for practitioners and service leads, after the principles. */
  @Component
  @Order(30)
  static class PlanNavigation implements NavigationContributor {

    @Override
    public boolean ownLinks() {
      return true;
    }

    @Override
    public List<Link> linksFor(Authentication viewer) {
      return PlanOwner.of(viewer).isPresent()
          ? List.of(new Link("My plan", "/guide/plan"))
          : List.of();
    }
  }
}
