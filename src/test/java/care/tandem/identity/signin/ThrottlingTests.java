package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
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

/** Repeated failures lock an email address, and a network address, for a while. */
@FullApplicationTest
class ThrottlingTests {

  static final String THROTTLED =
      "You have tried to sign in too many times. Wait 15 minutes, then try again";

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
  void locksAnEmailAfterFiveFailuresEvenForTheRightPassword() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    for (int i = 0; i < 5; i++) {
      signIn.attempt(account.email(), "wrong guess number " + i, newAddress());
    }
    int throttledBefore = testAccounts.auditCount("sign-in.throttled", "email", account.email());

    MvcResult sixth = signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress());

    assertThat(SignInAttemptsHelper.signedIn(sixth)).isFalse();
    assertThat(signIn.problemAfter(sixth)).isEqualTo(THROTTLED);
    // Counted by the email the entry names, so this also shows the entry says whose it was.
    assertThat(testAccounts.auditCount("sign-in.throttled", "email", account.email()))
        .isEqualTo(throttledBefore + 1);
  }

  @Test
  void throttlesAnEmailWithNoAccountExactlyTheSameWay() throws Exception {
    String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
    for (int i = 0; i < 5; i++) {
      signIn.attempt(nobody, "wrong guess number " + i, newAddress());
    }

    assertThat(signIn.problemAfter(signIn.attempt(nobody, "another guess", newAddress())))
        .isEqualTo(THROTTLED);
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
  void throttlesANetworkAddressAfterTwentyFailuresAcrossEmails() throws Exception {
    String address = newAddress();
    for (int i = 0; i < 20; i++) {
      signIn.attempt(
          "sprayed-" + i + "-" + UUID.randomUUID() + "@example.org", "Summer2026!", address);
    }
    Account account = testAccounts.create(Role.PATIENT, null);

    MvcResult fromThatAddress = signIn.attempt(account.email(), TestAccounts.PASSWORD, address);
    MvcResult fromElsewhere = signIn.attempt(account.email(), TestAccounts.PASSWORD, newAddress());

    assertThat(signIn.problemAfter(fromThatAddress)).isEqualTo(THROTTLED);
    assertThat(SignInAttemptsHelper.signedIn(fromElsewhere)).isTrue();
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
