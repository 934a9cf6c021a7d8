package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Repeated failures slow an email address, and failures against many accounts slow a network
 * address, but never lock the real person out: a browser they signed in on before (its device
 * cookie) still gets in with the right password. Waiting is done by moving the test's own attempts
 * back in time, never by sleeping.
 */
@FullApplicationTest
class ThrottlingTests {

  static final String WAIT_ONE_MINUTE =
      "You have tried to sign in too many times. Wait 1 minute, then try again";
  static final String WAIT_TWO_MINUTES =
      "You have tried to sign in too many times. Wait 2 minutes, then try again";

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
  void makesAnEmailWaitAMinuteAfterFiveFailuresEvenForTheRightPassword() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    failFiveTimes(account.email());
    int throttledBefore = testAccounts.auditCount("sign-in.throttled", "email", account.email());

    MvcResult sixth = signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress());

    assertThat(SignInAttemptsHelper.signedIn(sixth)).isFalse();
    assertThat(signIn.problemAfter(sixth)).isEqualTo(WAIT_ONE_MINUTE);
    // Counted by the email the entry names, so this also shows the entry says whose it was.
    assertThat(testAccounts.auditCount("sign-in.throttled", "email", account.email()))
        .isEqualTo(throttledBefore + 1);
  }

  @Test
  void letsTheRightPasswordInOnceTheWaitIsOver() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    failFiveTimes(account.email());

    moveAttemptsBack(account.email(), 61);

    assertThat(
            SignInAttemptsHelper.signedIn(
                signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress())))
        .isTrue();
  }

  @Test
  void doublesTheWaitWithEachFailureAfterIt() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    failFiveTimes(account.email());
    moveAttemptsBack(account.email(), 61);
    assertThat(
            signIn.problemAfter(signIn.attempt(account.email(), "sixth wrong guess", newAddress())))
        .isEqualTo(SignInFailureTests.NOT_RIGHT);

    MvcResult next = signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress());

    assertThat(signIn.problemAfter(next)).isEqualTo(WAIT_TWO_MINUTES);
  }

  @Test
  void slowsAnEmailWithNoAccountExactlyTheSameWay() throws Exception {
    String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
    failFiveTimes(nobody);

    assertThat(signIn.problemAfter(signIn.attempt(nobody, "another guess", newAddress())))
        .isEqualTo(WAIT_ONE_MINUTE);
  }

  @Test
  void startsCountingAgainAfterASuccessfulSignIn() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    for (int i = 0; i < 4; i++) {
      signIn.attempt(account.email(), "wrong guess number " + i, newAddress());
    }
    assertThat(
            SignInAttemptsHelper.signedIn(
                signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress())))
        .isTrue();
    for (int i = 0; i < 4; i++) {
      signIn.attempt(account.email(), "wrong guess number " + i, newAddress());
    }

    assertThat(
            SignInAttemptsHelper.signedIn(
                signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress())))
        .isTrue();
  }

  @Test
  void theRealPersonOnTheirOwnDeviceSignsInWhileTheirAccountIsUnderAttack() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    String home = newAddress();
    MvcResult earlier = signIn.attempt(account.email(), TestAccounts.PASSWORD, home);
    Cookie device = SignInAttemptsHelper.deviceCookie(earlier);
    assertThat(device).isNotNull();
    for (int i = 0; i < 20; i++) {
      signIn.attempt(account.email(), "attacker guess " + i, newAddress());
    }
    assertThat(
            signIn.problemAfter(
                signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress())))
        .isEqualTo(WAIT_ONE_MINUTE);

    MvcResult typo = signIn.attempt(account.email(), "a slip of the finger", home, device);
    MvcResult right = signIn.attempt(account.email(), TestAccounts.PASSWORD, home, device);

    assertThat(signIn.problemAfter(typo)).isEqualTo(SignInFailureTests.NOT_RIGHT);
    assertThat(SignInAttemptsHelper.signedIn(right)).isTrue();
  }

  @Test
  void aDeviceCookieGivesAtMostFiveMoreGuesses() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    Cookie device =
        SignInAttemptsHelper.deviceCookie(
            signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress()));
    for (int i = 0; i < 10; i++) {
      signIn.attempt(account.email(), "stolen cookie guess " + i, newAddress(), device);
    }

    MvcResult eleventh =
        signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress(), device);

    assertThat(signIn.problemAfter(eleventh)).isEqualTo(WAIT_ONE_MINUTE);
    assertThat(attempts(account.email(), "FAILED")).isEqualTo(10);
  }

  @Test
  void aCookieForAnotherAccountDoesNotHelp() throws Exception {
    Account mine = testAccounts.create(Role.PATIENT, null);
    Account theirs = testAccounts.create(Role.PATIENT, null);
    Cookie myDevice =
        SignInAttemptsHelper.deviceCookie(
            signIn.attempt(mine.email(), TestAccounts.PASSWORD, newAddress()));
    failFiveTimes(theirs.email());

    MvcResult withMyCookie =
        signIn.attempt(theirs.email(), TestAccounts.PASSWORD, newAddress(), myDevice);

    assertThat(signIn.problemAfter(withMyCookie)).isEqualTo(WAIT_ONE_MINUTE);
  }

  @Test
  void twentyFailuresFromOneAddressAgainstOneAccountDoNotSlowAnyoneElseThere() throws Exception {
    String site = newAddress();
    Account target = testAccounts.create(Role.PATIENT, null);
    Account colleague = testAccounts.create(Role.SERVICE_LEAD, null);
    Account another = testAccounts.create(Role.PATIENT, null);
    for (int i = 0; i < 20; i++) {
      signIn.attempt(target.email(), "wrong guess " + i, site);
    }
    assertThat(attempts(target.email(), "FAILED")).isEqualTo(5);
    assertThat(attempts(target.email(), "THROTTLED")).isEqualTo(15);

    MvcResult colleagueSignsIn = signIn.attempt(colleague.email(), TestAccounts.PASSWORD, site);
    MvcResult anotherMistypes = signIn.attempt(another.email(), "not quite right", site);
    MvcResult anotherSignsIn = signIn.attempt(another.email(), TestAccounts.PASSWORD, site);

    assertThat(SignInAttemptsHelper.signedIn(colleagueSignsIn)).isTrue();
    assertThat(signIn.problemAfter(anotherMistypes)).isEqualTo(SignInFailureTests.NOT_RIGHT);
    assertThat(SignInAttemptsHelper.signedIn(anotherSignsIn)).isTrue();
  }

  @Test
  void slowsAnAddressWhoseFailuresNameMoreThanTenAccountsButNotAKnownDevice() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    Cookie device =
        SignInAttemptsHelper.deviceCookie(
            signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress()));
    Account newcomer = testAccounts.create(Role.PATIENT, null);
    String address = newAddress();
    for (int i = 0; i < 11; i++) {
      signIn.attempt(
          "sprayed-" + i + "-" + UUID.randomUUID() + "@example.org", "Summer2026!", address);
    }

    MvcResult unknownDevice = signIn.attempt(newcomer.email(), TestAccounts.PASSWORD, address);
    MvcResult elsewhere = signIn.attempt(newcomer.email(), TestAccounts.PASSWORD, newAddress());
    MvcResult knownDevice = signIn.attempt(account.email(), TestAccounts.PASSWORD, address, device);

    assertThat(signIn.problemAfter(unknownDevice)).isEqualTo(WAIT_ONE_MINUTE);
    assertThat(SignInAttemptsHelper.signedIn(elsewhere)).isTrue();
    assertThat(SignInAttemptsHelper.signedIn(knownDevice)).isTrue();
  }

  @Test
  void checksAtMostFivePasswordsFromABurstOfThirtyParallelGuesses() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    List<Callable<MvcResult>> guesses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String guess = "parallel guess " + i;
      guesses.add(() -> signIn.attempt(account.email(), guess, newAddress()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      for (var result : pool.invokeAll(guesses)) {
        assertThat(SignInAttemptsHelper.signedIn(result.get())).isFalse();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(attempts(account.email(), "FAILED")).isEqualTo(5);
    assertThat(attempts(account.email(), "THROTTLED")).isEqualTo(25);
  }

  @Test
  void remembersTheDeviceWithACookieScriptsCannotReadThatOutlivesTheSession() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);

    MvcResult result =
        mvc.perform(
                post("/sign-in")
                    .secure(true)
                    .param("email", account.email())
                    .param("password", TestAccounts.PASSWORD)
                    .with(csrf()))
            .andReturn();

    String header =
        result.getResponse().getHeaders("Set-Cookie").stream()
            .filter(value -> value.startsWith(DeviceCookie.NAME + "="))
            .findFirst()
            .orElseThrow();
    assertThat(header)
        .contains("HttpOnly")
        .contains("Secure")
        .contains("SameSite=Lax")
        .contains("Max-Age=31536000")
        .doesNotContain(account.email());
  }

  private void failFiveTimes(String email) throws Exception {
    for (int i = 0; i < 5; i++) {
      signIn.attempt(email, "wrong guess number " + i, newAddress());
    }
  }

  /** As if this many seconds had passed, for this test's own email address only. */
  private void moveAttemptsBack(String email, int seconds) {
    jdbc.sql(
            """
            update sign_in_attempt set attempted_at = attempted_at - make_interval(secs => ?)
            where email = ?
            """)
        .params(seconds, email.toLowerCase())
        .update();
  }

  private int attempts(String email, String outcome) {
    return jdbc.sql("select count(*) from sign_in_attempt where email = ? and outcome = ?")
        .params(email.toLowerCase(), outcome)
        .query(Integer.class)
        .single();
  }

  private static String newAddress() {
    return SignInAttemptsHelper.newAddress();
  }
}
