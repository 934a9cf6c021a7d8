package care.tandem.identity.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.AccountDetails;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * NHS CIS2 against the real test provider over real HTTP. Staff an admin has pre-registered (CIS2
 * user id on the account, ODS code on the organisation) reach their home; an unknown user, an
 * unknown organisation, or an admin without AAL3 get a clear page, with nothing made or granted.
 */
@FullApplicationTest
class Cis2SignInTests {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void staffAnAdminPreRegisteredReachTheirHome() throws Exception {
    String ods = newOrganisationWithOdsCode();
    Account nurse = staffIn(ods, Role.PRACTITIONER, Discipline.MENTAL_HEALTH_PRACTITIONER);
    String userId = preRegister(nurse);
    String user = cis2User(userId, ods, "AAL2_ANY");

    HttpBrowser.Page home = signIn(user);

    assertThat(home.status()).isEqualTo(200);
    assertThat(home.path()).isEqualTo("/home");
    assertThat(home.body()).contains(nurse.displayName());
    assertThat(audit().auditCountBy("sign-in.succeeded", nurse.id())).isEqualTo(1);
  }

  @Test
  void someoneNotPreRegisteredIsAskedToSeeTheirServiceLead() {
    String ods = newOrganisationWithOdsCode();
    int refusedBefore = refusals(SignInRefused.UNKNOWN_USER);
    String user = cis2User(newUserId(), ods, "AAL2_ANY");

    HttpBrowser.Page page = signIn(user);

    assertThat(page.path())
        .isEqualTo("/sign-in/not-possible?via=cis2&reason=ask-your-service-lead");
    assertThat(page.body()).contains("Ask your service lead");
    assertThat(refusals(SignInRefused.UNKNOWN_USER)).isEqualTo(refusedBefore + 1);
    assertThat(identities(user)).isZero();
  }

  @Test
  void aRoleAtAnOrganisationTandemDoesNotKnowIsRefused() throws Exception {
    String ods = newOrganisationWithOdsCode();
    Account nurse = staffIn(ods, Role.PRACTITIONER, Discipline.GP);
    String userId = preRegister(nurse);
    int refusedBefore = refusals(SignInRefused.UNKNOWN_ORGANISATION);
    String user = cis2User(userId, "ZZ" + ods.substring(2), "AAL2_ANY");

    HttpBrowser.Page page = signIn(user);

    assertThat(page.path())
        .isEqualTo("/sign-in/not-possible?via=cis2&reason=ask-your-service-lead");
    assertThat(refusals(SignInRefused.UNKNOWN_ORGANISATION)).isEqualTo(refusedBefore + 1);
    assertThat(audit().auditCountBy("sign-in.succeeded", nurse.id())).isZero();
  }

  @Test
  void anAdminMustSignInWithAal3() throws Exception {
    String ods = newOrganisationWithOdsCode();
    Account admin = staffIn(ods, Role.ADMIN, null);
    String userId = preRegister(admin);
    int refusedBefore = refusals(SignInRefused.ADMIN_NEEDS_AAL3);

    HttpBrowser.Page refused = signIn(cis2User(userId, ods, "AAL2_ANY"));

    assertThat(refused.path())
        .isEqualTo("/sign-in/not-possible?via=cis2&reason=stronger-sign-in-needed");
    assertThat(refused.body()).contains("smartcard or a security key");
    assertThat(refusals(SignInRefused.ADMIN_NEEDS_AAL3)).isEqualTo(refusedBefore + 1);
    assertThat(audit().auditCountBy("sign-in.succeeded", admin.id())).isZero();

    HttpBrowser.Page adminHome = signIn(cis2User(userId, ods, "AAL3_ANY"));
    assertThat(adminHome.path()).isEqualTo("/admin");
  }

  @Test
  void anAdminCannotGiveTwoAccountsTheSameCis2UserId() throws Exception {
    String ods = newOrganisationWithOdsCode();
    String userId = preRegister(staffIn(ods, Role.PRACTITIONER, Discipline.GP));
    Account other = staffIn(ods, Role.PRACTITIONER, Discipline.GP);

    mvc.perform(
            post("/admin/accounts/" + other.id() + "/cis2")
                .param("value", userId)
                .with(csrf())
                .with(SignedInAs.account(audit().demo("admin@demo.tandem"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Another account already has")));
  }

  private HttpBrowser.Page signIn(String user) {
    HttpBrowser browser = new HttpBrowser(port);
    return browser.open(browser.signInAtProvider("cis2", user));
  }

  /** The admin sets the account's CIS2 user id on its page. */
  private String preRegister(Account account) throws Exception {
    String userId = newUserId();
    mvc.perform(
            post("/admin/accounts/" + account.id() + "/cis2")
                .param("value", userId)
                .with(csrf())
                .with(SignedInAs.account(audit().demo("admin@demo.tandem"))))
        .andExpect(status().is3xxRedirection());
    return userId;
  }

  /** A new organisation, its ODS code set by the admin on its page. */
  private String newOrganisationWithOdsCode() {
    UUID id = UUID.randomUUID();
    String ods = "T" + id.toString().replace("-", "").substring(0, 5).toUpperCase();
    jdbc.sql(
            """
            insert into organisation (id, name, kind, created_at, updated_at)
            values (?, ?, 'NHS_TRUST', now(), now())
            """)
        .params(id, "Test trust " + id)
        .update();
    try {
      mvc.perform(
              post("/admin/organisations/" + id + "/ods-code")
                  .param("value", ods.toLowerCase())
                  .with(csrf())
                  .with(SignedInAs.account(audit().demo("admin@demo.tandem"))))
          .andExpect(status().is3xxRedirection());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return ods;
  }

  private Account staffIn(String ods, Role role, Discipline discipline) {
    UUID organisation =
        jdbc.sql("select id from organisation where ods_code = ?")
            .param(ods)
            .query(UUID.class)
            .single();
    UUID id =
        accounts
            .create(
                "test-" + UUID.randomUUID() + "@example.org",
                new AccountDetails(
                    "Staff " + UUID.randomUUID().toString().substring(0, 4),
                    role,
                    discipline,
                    Set.of(organisation),
                    Set.of()),
                TestAccounts.PASSWORD,
                UUID.randomUUID(),
                audit().admin())
            .id();
    jdbc.sql("update account set password_must_change = false where id = ?").param(id).update();
    return accounts.find(id).orElseThrow();
  }

  private static String cis2User(String userId, String ods, String acr) {
    String user = "cis2-" + UUID.randomUUID();
    TestOpenIdProvider.addCis2User(user, userId, ods, acr);
    return user;
  }

  private static String newUserId() {
    return String.valueOf(100_000_000_000L + (long) (Math.random() * 899_999_999_999L));
  }

  private int identities(String user) {
    return jdbc.sql("select count(*) from external_identity where subject = ?")
        .param(user)
        .query(Integer.class)
        .single();
  }

  private int refusals(String reason) {
    return audit().auditCount("sign-in.failed", "reason", reason);
  }

  private TestAccounts audit() {
    return new TestAccounts(accounts, jdbc);
  }
}
