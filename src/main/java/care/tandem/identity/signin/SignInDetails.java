package care.tandem.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** What sign-in knows about the request besides the email and password: the device cookie. */
class SignInDetails extends WebAuthenticationDetails {

  private final @Nullable String deviceCookie;

  SignInDetails(HttpServletRequest request) {
    super(request);
    this.deviceCookie = KnownDevices.cookieValue(request);
  }

  @Nullable String deviceCookie() {
    return deviceCookie;
  }
}
