package care.tandem.identity.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.signin.SignedInAs;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * NHS login against the real test provider over real HTTP: the first sign-in links the record with
 * that NHS number and date of birth, or sends the person to confirm an invitation; every forged or
 * broken answer from the provider ends on a clear page with nothing made or linked, and audited.
 */
@FullApplicationTest
class NhsLoginSignInTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void firstSignInLinksTheRecordWithThatNhsNumberAndDateOfBirth() throws Exception {
    Account lead = records().practitioner(Discipline.PHYSIOTHERAPIST);
    String nhsNumber = CareRecords.newNhsNumber().digits();
    UUID person = personWith(nhsNumber, lead);
    String user = nhsLoginUser(nhsNumber, "P9");

    HttpBrowser browser = new HttpBrowser(port);
    HttpBrowser.Page home = browser.open(browser.signInAtProvider("nhs-login", user));

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.path()).isEqualTo("/home");
    UUID account = accountOf(user);
    assertThat(linkedAccount(person)).isEqualTo(account);
    assertThat(
            jdbc.sql("select password_hash is null from account where id = ?")
                .param(account)
                .query(Boolean.class)
                .single())
        .as("no password: never signs in with the form")
        .isTrue();
    assertThat(new TestAccounts(accounts, jdbc).auditCountBy("sign-in.succeeded", account))
        .isEqualTo(1);
    assertThat(home.body()).doesNotContain(nhsNumber);
    // The team sees how well NHS login checked who they are.
    mvc.perform(get("/people/" + person).with(SignedInAs.account(lead)))
        .andExpect(
            content()
                .string(
                    Matchers.containsString("Signed in with NHS login, identity checked to P9")));

    // Next time, the same account: nothing new is made.
    HttpBrowser again = new HttpBrowser(port);
    assertThat(again.open(again.signInAtProvider("nhs-login", user)).path()).isEqualTo("/home");
    assertThat(accountOf(user)).isEqualTo(account);
  }

  @Test
  void withNoMatchingRecordTheAccountIsMadeAndTheyConfirmAnInvitation() {
    String user = nhsLoginUser(CareRecords.newNhsNumber().digits(), "P9");

    HttpBrowser browser = new HttpBrowser(port);
    HttpBrowser.Page next = browser.open(browser.signInAtProvider("nhs-login", user));

    assertThat(next.path()).as(lastRefusal()).isEqualTo(NhsLoginAccounts.CONFIRM_INVITATION);
    UUID account = accountOf(user);
    assertThat(
            jdbc.sql("select count(*) from person where account_id = ?")
                .param(account)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void anIdentityCheckedLessThanAskedForIsRefused() {
    String user = nhsLoginUser(CareRecords.newNhsNumber().digits(), "P5");

    HttpBrowser browser = new HttpBrowser(port);
    HttpBrowser.Page page = browser.open(browser.signInAtProvider("nhs-login", user));

    assertThat(page.path())
        .isEqualTo("/sign-in/not-possible?via=nhs-login&reason=identity-not-checked");
    assertThat(page.body()).contains("NHS login needs to check who you are first");
    assertThat(identities(user)).isZero();
  }

  static Stream<Arguments> forgedAnswers() {
    return Stream.of(
        Arguments.of(
            "wrong issuer",
            TokenCrafting.issuer("https://auth.login.nhs.uk.evil.example"),
            "invalid_id_token"),
        Arguments.of("wrong audience", TokenCrafting.audience("someone-else"), "invalid_id_token"),
        Arguments.of("bad signature", TokenCrafting.signedByAnotherKey(), "invalid_id_token"),
        Arguments.of("alg none", TokenCrafting.unsigned(), "invalid_id_token"),
        Arguments.of("expired", TokenCrafting.expired(), "invalid_id_token"),
        Arguments.of("wrong nonce", TokenCrafting.nonce("forged-nonce"), "invalid_nonce"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forgedAnswers")
  void aForgedIdTokenLinksNothing(String what, TokenCrafting crafting, String reason) {
    Account lead = records().practitioner(Discipline.GP);
    String nhsNumber = CareRecords.newNhsNumber().digits();
    UUID person = personWith(nhsNumber, lead);
    String user = nhsLoginUser(nhsNumber, "P9");
    int refusedBefore = refusals(reason);
    HttpBrowser browser = new HttpBrowser(port);
    URI callback = browser.signInAtProvider("nhs-login", user);
    TestOpenIdProvider.CRAFTED.put(parameter(callback, "code"), crafting);

    HttpBrowser.Page page = browser.open(callback);

    assertRefusedAndNothingLinked(page, person, user);
    assertThat(refusals(reason)).as(what).isEqualTo(refusedBefore + 1);
  }

  @Test
  void aForgedStateLinksNothing() {
    Account lead = records().practitioner(Discipline.GP);
    String nhsNumber = CareRecords.newNhsNumber().digits();
    UUID person = personWith(nhsNumber, lead);
    String user = nhsLoginUser(nhsNumber, "P9");
    int refusedBefore = refusals("authorization_request_not_found");
    HttpBrowser browser = new HttpBrowser(port);
    URI callback = browser.signInAtProvider("nhs-login", user);
    URI forged =
        UriComponentsBuilder.fromUri(callback).replaceQueryParam("state", "forged").build().toUri();

    HttpBrowser.Page page = browser.open(forged);

    assertRefusedAndNothingLinked(page, person, user);
    assertThat(refusals("authorization_request_not_found")).isEqualTo(refusedBefore + 1);
  }

  private void assertRefusedAndNothingLinked(HttpBrowser.Page page, UUID person, String user) {
    assertThat(page.path()).isEqualTo("/sign-in/not-possible?via=nhs-login&reason=failed");
    assertThat(page.body()).contains("You could not sign in").contains("Nothing has been changed");
    assertThat(linkedAccount(person)).isNull();
    assertThat(identities(user)).isZero();
    assertThat(
            jdbc.sql("select count(*) from account where email = ?")
                .param(user + "@example.org")
                .query(Integer.class)
                .single())
        .isZero();
  }

  private CareRecords records() {
    return new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
  }

  private UUID personWith(String nhsNumber, Account lead) {
    return people
        .startCare(
            CareRecords.details(new care.tandem.care.NhsNumber(nhsNumber)),
            "Lead practitioner",
            UUID.randomUUID(),
            CareRecords.as(lead))
        .id();
  }

  /** Someone at NHS login born on 17 May 1980 (as {@link CareRecords#details}), at this level. */
  private static String nhsLoginUser(String nhsNumber, String level) {
    String user = "nhs-" + UUID.randomUUID();
    TestOpenIdProvider.addNhsLoginUser(
        user,
        Map.of(
            "nhs_number",
            nhsNumber,
            "birthdate",
            "1980-05-17",
            "email",
            user + "@example.org",
            "email_verified",
            true,
            "identity_proofing_level",
            level,
            "vot",
            level + ".Cp.Cd",
            "vtm",
            "https://auth.sandpit.signin.nhs.uk/trustmark/auth.sandpit.signin.nhs.uk",
            "given_name",
            "Test",
            "family_name",
            "Person"));
    return user;
  }

  private UUID accountOf(String user) {
    return jdbc.sql(
            "select account_id from external_identity where provider = 'NHS_LOGIN' and subject = ?")
        .param(user)
        .query(UUID.class)
        .single();
  }

  private int identities(String user) {
    return jdbc.sql("select count(*) from external_identity where subject = ?")
        .param(user)
        .query(Integer.class)
        .single();
  }

  private UUID linkedAccount(UUID person) {
    return jdbc.sql("select account_id from person where id = ?")
        .param(person)
        .query(UUID.class)
        .optional()
        .orElse(null);
  }

  private int refusals(String reason) {
    return new TestAccounts(accounts, jdbc).auditCount("sign-in.failed", "reason", reason);
  }

  /** Why the last refused sign-in was refused, for a failing test's message. */
  private String lastRefusal() {
    return jdbc.sql(
            "select coalesce(max(details ->> 'reason'), 'none') from audit_event"
                + " where id = (select max(id) from audit_event where action = 'sign-in.failed')")
        .query(String.class)
        .single();
  }

  private static String parameter(URI address, String name) {
    return UriComponentsBuilder.fromUri(address).build().getQueryParams().getFirst(name);
  }
}
