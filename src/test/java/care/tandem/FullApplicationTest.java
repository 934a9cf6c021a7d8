package care.tandem;

import care.tandem.identity.account.CheapPasswordHashing;
import care.tandem.identity.external.TestOpenIdProvider;
import care.tandem.measures.testing.SeenEvents;
import care.tandem.system.limits.CsrfCookiesUnderMockMvc;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on one embedded PostgreSQL with the demo content, a real port, MockMvc, a
 * real SMTP server, a real OpenID provider for NHS login and NHS CIS2 ({@link TestOpenIdProvider}),
 * an event recorder, cheap password hashes ({@link CheapPasswordHashing}) and CSRF tokens kept in
 * cookies even under MockMvc ({@link CsrfCookiesUnderMockMvc}). Every full test uses exactly this,
 * so the whole test run starts one application context: tests make their own people rather than
 * dirty it. Tagged {@code full}: Failsafe runs these, Surefire the fast ones.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@AutoConfigureMockMvc
@Import({SeenEvents.class, CheapPasswordHashing.class, CsrfCookiesUnderMockMvc.class})
@ContextConfiguration(initializers = {TestMailServer.class, TestOpenIdProvider.class})
@Tag(FullApplicationTest.TAG)
public @interface FullApplicationTest {

  /** The JUnit tag of tests that need the whole application (run by Failsafe). */
  String TAG = "full";
}
