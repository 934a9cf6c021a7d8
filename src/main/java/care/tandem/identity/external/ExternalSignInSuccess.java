package care.tandem.identity.external;

import care.tandem.audit.AuditEvent;
import care.tandem.audit.AuditLog;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.signin.SignedInElsewhere;
import care.tandem.identity.signin.TandemUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After NHS login or NHS CIS2: the person is signed in as their Tandem account, exactly as after
 * the sign-in form (the same principal, the same home pages), and the sign-in is audited. Someone
 * NHS login made an account for, with no record to link, goes on to confirm their invitation.
 */
final class ExternalSignInSuccess implements AuthenticationSuccessHandler {

  private final Accounts accounts;
  private final AuditLog audit;
  private final AuthenticationSuccessHandler afterSignIn;
  private final SecurityContextRepository contexts =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());

  ExternalSignInSuccess(
      Accounts accounts, AuditLog audit, AuthenticationSuccessHandler afterSignIn) {
    this.accounts = accounts;
    this.audit = audit;
    this.afterSignIn = afterSignIn;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    ExternalPrincipal principal = (ExternalPrincipal) authentication.getPrincipal();
    SignedInAccount signedIn = principal.account();
    Account account = accounts.find(signedIn.accountId()).orElseThrow();
    TandemUser user = TandemUser.signedInElsewhere(account);
    UsernamePasswordAuthenticationToken tandem =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    tandem.setDetails(new SignedInElsewhere(principal.provider().registrationId()));
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(tandem);
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    contexts.saveContext(context, request, response);
    audit.record(
        AuditEvent.success(
            account.id(),
            account.role().name(),
            "sign-in.succeeded",
            Map.of(
                "via",
                principal.provider().registrationId(),
                "assurance",
                signedIn.assurance().isEmpty() ? "unknown" : signedIn.assurance())));
    if (signedIn.nextPage() != null) {
      response.sendRedirect(signedIn.nextPage());
      return;
    }
    afterSignIn.onAuthenticationSuccess(request, response, tandem);
  }
}
