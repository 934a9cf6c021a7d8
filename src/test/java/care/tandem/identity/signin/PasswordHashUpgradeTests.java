package care.tandem.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.CheapPasswordHashing;
import care.tandem.identity.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A password hash weaker than the current one is replaced when its owner signs in. */
@FullApplicationTest
class PasswordHashUpgradeTests {

  /** The current cost in full tests is {@link CheapPasswordHashing#COST}; 4 is below it. */
  static final String CURRENT_PREFIX = CheapPasswordHashing.PREFIX;

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;

  SignInAttemptsHelper signIn;
  Account account;

  @BeforeEach
  void createAccount() {
    signIn = new SignInAttemptsHelper(mvc);
    account = new TestAccounts(accounts, jdbc).create(Role.PATIENT, null);
  }

  @Test
  void rehashesALowerBcryptCostAtTheCurrentCostOnSignIn() throws Exception {
    storeHash("{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD));

    assertThat(signInWith(TestAccounts.PASSWORD)).isTrue();

    assertThat(hash()).startsWith(CURRENT_PREFIX);
    assertThat(passwords.matches(TestAccounts.PASSWORD, hash())).isTrue();
    assertThat(signInWith(TestAccounts.PASSWORD)).isTrue();
  }

  @Test
  void rehashesABareBcryptHashWithNoAlgorithmIdOnSignIn() throws Exception {
    storeHash(new BCryptPasswordEncoder(10).encode(TestAccounts.PASSWORD));

    assertThat(signInWith(TestAccounts.PASSWORD)).isTrue();

    assertThat(hash()).startsWith(CURRENT_PREFIX);
    assertThat(passwords.matches(TestAccounts.PASSWORD, hash())).isTrue();
  }

  @Test
  void keepsAWeakHashAfterAFailedSignIn() throws Exception {
    String weak = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestAccounts.PASSWORD);
    storeHash(weak);

    assertThat(signInWith("not the password at all")).isFalse();

    assertThat(hash()).isEqualTo(weak);
  }

  @Test
  void leavesACurrentHashAsItIs() throws Exception {
    String current = hash();
    assertThat(current).startsWith(CURRENT_PREFIX);

    assertThat(signInWith(TestAccounts.PASSWORD)).isTrue();

    assertThat(hash()).isEqualTo(current);
  }

  private boolean signInWith(String password) throws Exception {
    return SignInAttemptsHelper.signedIn(
        signIn.attempt(account.email(), password, SignInAttemptsHelper.newAddress()));
  }

  private void storeHash(String hash) {
    jdbc.sql("update account set password_hash = ? where id = ?")
        .params(hash, account.id())
        .update();
  }

  private String hash() {
    return jdbc.sql("select password_hash from account where id = ?")
        .param(account.id())
        .query(String.class)
        .single();
  }
}
