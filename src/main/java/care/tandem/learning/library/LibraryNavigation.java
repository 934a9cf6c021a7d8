package care.tandem.learning.library;

import care.tandem.system.NavigationContributor;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** "Learn" for everyone, in the header, after "Find support". */
@Component
@Order(16)
class LibraryNavigation implements NavigationContributor {

  @Override
  public List<Link> linksFor(Authentication viewer) {
    return List.of(new Link("Learn", "/learn"));
  }
}
