package care.tandem.principles;

import care.tandem.system.NavigationContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** "Principles" for everyone, in the header after "Guide". */
@Component
@Order(20)
class PrinciplesNavigation implements NavigationContributor {

  @Override
  public List<Link> linksFor(Authentication viewer) {
    return List.of(new Link("Principles", "/principles"));
  }
}
