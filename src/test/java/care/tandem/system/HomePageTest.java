package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The start page offers each person the things their role lets them do, and nothing else. */
class HomePageTest {

  @Test
  void visitorIsOfferedTheGuideAndPrinciplesOnly() {
    assertThat(hrefsFor(viewer("ROLE_ANONYMOUS"), false)).containsExactly("/guide", "/principles");
  }

  @Test
  void practitionerIsOfferedTheirImprovementPlan() {
    assertThat(hrefsFor(viewer("ROLE_PRACTITIONER", "DISCIPLINE_GP"), true))
        .contains("/guide/plan", "/account/password")
        .doesNotContain("/admin", "/admin/audit");
  }

  @Test
  void patientIsNotOfferedAPlanOrAdministration() {
    assertThat(hrefsFor(viewer("ROLE_PATIENT"), true))
        .containsExactly("/guide", "/principles", "/account/password");
  }

  @Test
  void administratorIsOfferedAccountsAndTheAuditLog() {
    assertThat(hrefsFor(viewer("ROLE_ADMIN"), true))
        .contains("/admin", "/admin/audit")
        .doesNotContain("/guide/plan");
  }

  private static java.util.List<String> hrefsFor(Authentication viewer, boolean signedIn) {
    return HomePage.forViewer(viewer, signedIn).tasks().stream().map(HomePage.Task::href).toList();
  }

  private static Authentication viewer(String... authorities) {
    return new TestingAuthenticationToken("someone", "secret", authorities);
  }
}
