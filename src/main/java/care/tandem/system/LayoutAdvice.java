package care.tandem.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@link Layout}: navigation by role, phase banner and CSRF token. */
@ControllerAdvice
class LayoutAdvice {

  private static final Authentication ANONYMOUS =
      new AnonymousAuthenticationToken(
          "anonymous",
          "anonymous",
          org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
              "ROLE_ANONYMOUS"));

  private final List<NavigationContributor> contributors;
  private final boolean demo;

  LayoutAdvice(
      List<NavigationContributor> contributors, @Value("${tandem.demo:false}") boolean demo) {
    this.contributors = ownLinksFirst(contributors);
    this.demo = demo;
  }

  @ModelAttribute("layout")
  Layout layout(HttpServletRequest request) {
    Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        viewer != null
            && viewer.isAuthenticated()
            && !(viewer instanceof AnonymousAuthenticationToken);
    Authentication effective = signedIn ? viewer : ANONYMOUS;
    String path = request.getRequestURI();
    List<NavigationContributor.Link> links =
        contributors.stream()
            .flatMap(contributor -> contributor.linksFor(effective).stream())
            .toList();
    String current = currentHref(path, links);
    List<Layout.NavigationItem> navigation =
        links.stream()
            .map(
                link ->
                    new Layout.NavigationItem(
                        link.label(), link.href(), link.href().equals(current)))
            .toList();
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Layout(
        "Tandem",
        demo,
        signedIn ? displayName(viewer) : null,
        navigation,
        // Only the sign-out form needs the token, and reading any part of it creates a session:
        // visitors reading public pages get none.
        csrf == null || !signedIn ? "_csrf" : csrf.getParameterName(),
        csrf == null || !signedIn ? "" : csrf.getToken(),
        path);
  }

  private static String displayName(Authentication viewer) {
    return viewer.getPrincipal() instanceof SignedInUser user
        ? user.displayName()
        : viewer.getName();
  }

  /** The viewer's own links first, the rest after; each group keeps its bean order. */
  static List<NavigationContributor> ownLinksFirst(List<NavigationContributor> contributors) {
    return contributors.stream()
        .sorted(Comparator.comparing(contributor -> !contributor.ownLinks()))
        .toList();
  }

  /** The one link whose section the page is in: the longest href that is a prefix of the path. */
  static @Nullable String currentHref(String path, List<NavigationContributor.Link> links) {
    String best = null;
    for (NavigationContributor.Link link : links) {
      String href = link.href();
      boolean inSection =
          href.equals("/")
              ? path.equals("/")
              : path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/");
      if (inSection && (best == null || href.length() > best.length())) {
        best = href;
      }
    }
    return best;
  }
}
