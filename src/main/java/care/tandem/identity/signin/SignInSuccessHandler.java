package care.tandem.identity.signin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: to the page the person was trying to reach, or the start page; first to the
 * change-password page when an admin has set a temporary password.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  SignInSuccessHandler() {
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    if (authentication.getPrincipal() instanceof TandemUser user && user.passwordMustChange()) {
      clearAuthenticationAttributes(request);
      getRedirectStrategy().sendRedirect(request, response, "/account/password");
      return;
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
