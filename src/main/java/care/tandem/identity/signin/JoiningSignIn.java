package care.tandem.identity.signin;

import care.tandem.identity.account.Account;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs in someone who has just made their own account while joining their record, as the sign-in
 * form would after a right password: a fresh session id, the principal in the session, and this
 * browser remembered as a known device.
 */
@Component
public class JoiningSignIn {

  private final KnownDevices devices;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  JoiningSignIn(KnownDevices devices) {
    this.devices = devices;
  }

  public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
    TandemUser user = new TandemUser(account, "");
    user.eraseCredentials();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    holder.setContext(context);
    contexts.saveContext(context, request, response);
    devices.remember(account.id(), request, response);
  }
}
