package care.tandem.system.limits;

import java.lang.reflect.Field;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * Keeps the application's CSRF tokens in cookies while MockMvc tests run beside real HTTP ones.
 * Spring Security Test's {@code csrf()} swaps the one shared CSRF filter's repository for a
 * session-based one the first time it is used (so from then on every real request that reads a
 * token would start a session); here its test repository is installed once at start with the
 * application's own repository inside, which it then keeps.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CsrfCookiesUnderMockMvc {

  @EventListener
  void keepCookies(ContextRefreshedEvent refreshed) throws ReflectiveOperationException {
    if (!(refreshed.getApplicationContext() instanceof WebApplicationContext web)
        || web.getServletContext() == null) {
      return;
    }
    MockHttpServletRequest request = new MockHttpServletRequest(web.getServletContext());
    request.setRequestURI("/sign-in");
    request.setServletPath("/sign-in");
    CsrfTokenRepository application = WebTestUtils.getCsrfTokenRepository(request);
    if (application.getClass().getSimpleName().equals("TestCsrfTokenRepository")) {
      return;
    }
    SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(request);
    CsrfTokenRepository installed = WebTestUtils.getCsrfTokenRepository(request);
    Field delegate = installed.getClass().getDeclaredField("delegate");
    delegate.setAccessible(true);
    delegate.set(installed, application);
  }
}
