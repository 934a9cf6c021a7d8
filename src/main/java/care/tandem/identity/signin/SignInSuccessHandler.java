package care.tandem.identity.signin;

import care.tandem.identity.twofactor.TwoFactor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After the password is right: for an account with two-factor sign-in, the person is not signed in
 * yet: the sign-in is held in the session ({@link PendingSignIn}) and they are asked for a code.
 * Otherwise (and after the code): to the page the person was trying to reach, or their home ({@code
 * /home}; admins to {@code /admin}); first to the change-password page when an admin has set a
 * temporary password, or to the two-factor set-up page for an admin who must use it. The browser is
 * remembered as a known device for the account ({@link KnownDevices}) and the session notes what
 * kind of device it is ({@link SessionDevice}).
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

  private final KnownDevices devices;
  private final TwoFactor twoFactor;
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();
  private final HttpSessionSecurityContextRepository contexts =
      new HttpSessionSecurityContextRepository();

  SignInSuccessHandler(KnownDevices devices, TwoFactor twoFactor) {
    this.devices = devices;
    this.twoFactor = twoFactor;
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
    if (authentication.getPrincipal() instanceof TandemUser user
        && !(authentication.getDetails() instanceof SignedInElsewhere)
        && twoFactor.enabled(user.accountId())) {
      // Not signed in until the code is right: nothing in the session says who they are.
      holder.clearContext();
      contexts.saveContext(holder.createEmptyContext(), request, response);
      PendingSignIn.hold(request, authentication);
      clearAuthenticationAttributes(request);
      getRedirectStrategy().sendRedirect(request, response, TwoFactorSignInController.PATH);
      return;
    }
    complete(request, response, authentication);
  }

  /** Signs in (again, after the two-factor step) and sends the person on their way. */
  void complete(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws ServletException, IOException {
    Authentication signedIn = authentication;
    if (authentication.getPrincipal() instanceof TandemUser user) {
      devices.remember(user.accountId(), request, response);
      if (!(authentication.getDetails() instanceof SignedInElsewhere)
          && twoFactor.mustSetUp(user.accountId(), user.role())) {
        signedIn = withPrincipal(authentication, user.withTwoFactorToSetUp());
      }
    }
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(signedIn);
    holder.setContext(context);
    contexts.saveContext(context, request, response);
    SessionDevice.note(request);
    if (signedIn.getPrincipal() instanceof TandemUser user && user.passwordMustChange()) {
      clearAuthenticationAttributes(request);
      getRedirectStrategy().sendRedirect(request, response, "/account/password");
      return;
    }
    if (signedIn.getPrincipal() instanceof TandemUser user && user.twoFactorMustBeSetUp()) {
      clearAuthenticationAttributes(request);
      getRedirectStrategy().sendRedirect(request, response, "/account/two-factor");
      return;
    }
    super.onAuthenticationSuccess(request, response, signedIn);
  }

  private static Authentication withPrincipal(Authentication current, TandemUser user) {
    UsernamePasswordAuthenticationToken replaced =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    replaced.setDetails(current.getDetails());
    return replaced;
  }
}
