package care.tandem.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the sign-in page with what went wrong and the email typed (never
 * the password), carried for one request only.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

  static final String PROBLEM = "signInProblem";
  static final String EMAIL = "signInEmail";
  static final String WAIT_MINUTES = "signInWaitMinutes";

  private final SessionFlashMapManager flash = new SessionFlashMapManager();

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String email = request.getParameter("email");
    String password = request.getParameter("password");
    FlashMap attributes = new FlashMap();
    attributes.put(PROBLEM, problem(exception, email, password));
    if (exception instanceof SignInThrottledException throttled) {
      attributes.put(WAIT_MINUTES, throttled.minutes());
    }
    attributes.put(EMAIL, email == null ? "" : ThrottlingAuthenticationProvider.shortened(email));
    attributes.setTargetRequestPath("/sign-in");
    flash.saveOutputFlashMap(attributes, request, response);
    response.sendRedirect(request.getContextPath() + "/sign-in");
  }

  private static SignInProblem problem(
      AuthenticationException exception, String email, String password) {
    if (exception instanceof SignInThrottledException) {
      return SignInProblem.THROTTLED;
    }
    boolean noEmail = email == null || email.isBlank();
    boolean noPassword = password == null || password.isEmpty();
    if (noEmail && noPassword) {
      return SignInProblem.NOTHING_ENTERED;
    }
    if (noEmail) {
      return SignInProblem.NO_EMAIL;
    }
    if (noPassword) {
      return SignInProblem.NO_PASSWORD;
    }
    return SignInProblem.NOT_RECOGNISED;
  }
}
