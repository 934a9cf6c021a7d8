package care.tandem.identity.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: to the page the person was trying to reach, or their home ({@code /home}; admins
 * to {@code /admin}); first to the change-password page when an admin has set a temporary password.
 * The browser is remembered as a known device for the account ({@link KnownDevices}).
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  private final KnownDevices devices;

  SignInSuccessHandler(KnownDevices devices) {
    this.devices = devices;
    setDefaultTargetUrl("/home");
  }

  @Override
  protected String determineTargetUrl(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    boolean admin =
        authentication.getAuthorities().stream()
            .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    return admin ? "/admin" : super.determineTargetUrl(request, response, authentication);
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    if (authentication.getPrincipal() instanceof TandemUser user) {
      devices.remember(user.accountId(), request, response);
    }
    if (authentication.getPrincipal() instanceof TandemUser user && user.passwordMustChange()) {
      clearAuthenticationAttributes(request);
      getRedirectStrategy().sendRedirect(request, response, "/account/password");
      return;
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
