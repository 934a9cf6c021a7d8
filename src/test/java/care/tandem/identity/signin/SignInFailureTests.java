package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A failed sign-in says what to do, never which accounts exist, and is audited without secrets. */
@FullApplicationTest
class SignInFailureTests {

  static final String NOT_RIGHT =
      "The email address or password is not right. Check them and try again";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  SignInAttemptsHelper signIn;
  TestAccounts testAccounts;

  @BeforeEach
  void setUp() {
    signIn = new SignInAttemptsHelper(mvc);
    testAccounts = new TestAccounts(accounts, jdbc);
  }

  @Test
  void saysTheSameForAWrongPasswordAnUnknownEmailAndADeactivatedAccount() throws Exception {
    Account known = testAccounts.create(Role.PATIENT, null);
    Account deactivated = testAccounts.create(Role.PATIENT, null);
    accounts.deactivate(deactivated.id(), deactivated.version(), testAccounts.admin());

    String wrongPassword = signIn.problemAfter(attempt(known.email(), "not the password"));
    String unknownEmail =
        signIn.problemAfter(attempt("nobody-" + UUID.randomUUID() + "@example.org", "anything"));
    String deactivatedAccount =
        signIn.problemAfter(attempt(deactivated.email(), TestAccounts.PASSWORD));

    assertThat(wrongPassword).isEqualTo(NOT_RIGHT);
    assertThat(unknownEmail).isEqualTo(NOT_RIGHT);
    assertThat(deactivatedAccount).isEqualTo(NOT_RIGHT);
  }

  @Test
  void auditsAFailureWithTheEmailTypedButNeverThePassword() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);

    attempt(account.email(), "canary-password-3141");

    String details =
        jdbc.sql(
                """
                select details::text from audit_event
                where action = 'sign-in.failed' and details ->> 'email' = ?
                """)
            .param(account.email())
            .query(String.class)
            .single();
    assertThat(details).contains(account.email()).doesNotContain("canary-password-3141");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where details::text like '%canary-password%'")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void auditsASuccessAgainstTheAccountAndItsRole() throws Exception {
    Account account = testAccounts.create(Role.SERVICE_LEAD, null);

    MvcResult result = attempt(account.email(), TestAccounts.PASSWORD);

    assertThat(SignInAttemptsHelper.signedIn(result)).isTrue();
    assertThat(
            jdbc.sql(
                    "select actor_role from audit_event where action = 'sign-in.succeeded' and actor = ?")
                .param(account.id())
                .query(String.class)
                .single())
        .isEqualTo("SERVICE_LEAD");
  }

  @Test
  void asksForTheEmailAndPasswordWhenBothAreEmpty() throws Exception {
    Document page = signIn.pageAfter(attempt("", ""));

    assertThat(page.select(".nhsuk-error-summary__list a").eachText())
        .containsExactly("Enter your email address", "Enter your password");
    assertThat(page.select(".nhsuk-error-summary__list a").eachAttr("href"))
        .containsExactly("#email", "#password");
    assertThat(page.title()).startsWith("Error: ");
  }

  @Test
  void keepsTheEmailTypedButNeverThePassword() throws Exception {
    Document page = signIn.pageAfter(attempt("someone@example.org", "secret-typed-here"));

    assertThat(page.getElementById("email").attr("value")).isEqualTo("someone@example.org");
    assertThat(page.getElementById("password").hasAttr("value")).isFalse();
    assertThat(page.html()).doesNotContain("secret-typed-here");
    assertThat(page.getElementById("email").attr("aria-describedby")).isEqualTo("email-error");
  }

  @Test
  void handlesOversizedAndHostileInputWithTheUsualMessage() throws Exception {
    String[][] hostile = {
      {"a".repeat(20_000) + "@example.org", "x".repeat(100_000)},
      {"nul\u0000byte@example.org", "pass\u0000word-long-enough"},
      {"<script>alert(1)</script>@example.org", "' or 1=1 --  long enough"},
      {"admin@demo.tandem\r\nX-Injected: yes", "tandem-demo-2026"},
      {"admin@demo.tandem", "tandem-demo-2026" + "x".repeat(80)}
    };
    for (String[] input : hostile) {
      MvcResult result = attempt(input[0], input[1]);
      assertThat(result.getResponse().getStatus()).isEqualTo(302);
      assertThat(SignInAttemptsHelper.signedIn(result)).isFalse();
      Document page = signIn.pageAfter(result);
      assertThat(page.select(".nhsuk-error-summary__list").text()).isEqualTo(NOT_RIGHT);
      assertThat(page.html()).doesNotContain("<script>alert(1)</script>");
    }
  }

  private MvcResult attempt(String email, String password) throws Exception {
    return signIn.attempt(email, password, SignInAttemptsHelper.newAddress());
  }
}
