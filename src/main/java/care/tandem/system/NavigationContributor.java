package care.tandem.system;

import java.util.List;
import org.springframework.security.core.Authentication;

/**
 * Lets a module add its own links to the header navigation, so the navigation depends on role
 * without the frame knowing every module. The viewer's own links come first, then the rest, each
 * group in bean order: on a phone the NHS.UK header folds the last links under "More".
 */
public interface NavigationContributor {

  /** Links for this viewer; {@code viewer} is anonymous when nobody is signed in. */
  List<Link> linksFor(Authentication viewer);

  /**
   * Whether these are the viewer's own links (their record, messages, people, plan), which stay in
   * sight on a phone ahead of the links everyone has.
   */
  default boolean ownLinks() {
    return false;
  }

  record Link(String label, String href) {}
}
