package care.tandem.directory.finding;

import care.tandem.system.NavigationContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** "Find support" for everyone, in the header, after the guide. */
@Component
@Order(15)
class DirectoryNavigation implements NavigationContributor {

  @Override
  public List<Link> linksFor(Authentication viewer) {
    return List.of(new Link("Find support", "/directory"));
  }
}
