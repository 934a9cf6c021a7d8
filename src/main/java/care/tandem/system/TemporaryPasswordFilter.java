package care.tandem.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps someone signed in with a temporary password (set by an admin, so someone else knows it) on
 * the change-password page until they choose their own: any other request is redirected there
 * before it is authorised, so it can do nothing. A few paths stay open (see {@code
 * SecurityConfiguration.OPEN_WITH_A_TEMPORARY_PASSWORD}); error pages are never filtered. In the
 * same way, an admin who must use two-factor sign-in and has not set it up is kept on the set-up
 * page.
 */
final class TemporaryPasswordFilter extends OncePerRequestFilter {

  private final String changePassword;
  private final RequestMatcher stillOpen;
  private final String setUpTwoFactor;
  private final RequestMatcher stillOpenForTwoFactor;

  TemporaryPasswordFilter(
      String changePassword,
      List<String> stillOpen,
      String setUpTwoFactor,
      List<String> stillOpenForTwoFactor) {
    this.changePassword = changePassword;
    this.stillOpen = matcher(stillOpen);
    this.setUpTwoFactor = setUpTwoFactor;
    this.stillOpenForTwoFactor = matcher(stillOpenForTwoFactor);
  }

  private static RequestMatcher matcher(List<String> patterns) {
    return new OrRequestMatcher(
        patterns.stream()
            .map(pattern -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(pattern))
            .toList());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn =
        SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
    if (signedIn != null
        && signedIn.getPrincipal() instanceof SignedInUser user
        && user.passwordMustChange()
        && !stillOpen.matches(request)) {
      response.sendRedirect(request.getContextPath() + changePassword);
      return;
    }
    if (signedIn != null
        && signedIn.getPrincipal() instanceof SignedInUser user
        && user.twoFactorMustBeSetUp()
        && !stillOpenForTwoFactor.matches(request)) {
      response.sendRedirect(request.getContextPath() + setUpTwoFactor);
      return;
    }
    chain.doFilter(request, response);
  }
}
