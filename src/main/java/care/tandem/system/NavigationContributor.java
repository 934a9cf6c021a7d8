package care.tandem.system;

import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Lets a module add its own links to the header navigation, so the navigation depends on role
 * without the frame knowing every module. Order is the bean order.
 */
public interface NavigationContributor {

  /** Links for this viewer; {@code viewer} is anonymous when nobody is signed in. */
  List<Link> linksFor(Authentication viewer);

  record Link(String label, String href) {}
}
