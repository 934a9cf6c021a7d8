package care.tandem.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.TestBrowser;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.CheapPasswordHashing;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Admins create, change, deactivate and reactivate accounts and reset passwords. */
@FullApplicationTest
class AccountAdminTests {

  static final String TEMPORARY = "copper window seagull";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @LocalServerPort int port;

  AdminRequests admin;
  TestAccounts testAccounts;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    admin = new AdminRequests(mvc, testAccounts.demo("admin@demo.tandem"));
  }

  @Test
  void createsAnAccountWhoseHolderMustChooseTheirOwnPassword() throws Exception {
    String email = "new-" + UUID.randomUUID() + "@example.org";
    int audited = testAccounts.auditCount("account.created", "email", email);

    MvcResult created = create(email, "PRACTITIONER:PAIN_SPECIALIST", TEMPORARY, UUID.randomUUID());

    assertThat(AdminRequests.notice(created)).startsWith("Account created");
    Document page = admin.page(created.getResponse().getRedirectedUrl());
    assertThat(page.select("h1").text()).isEqualTo("Casey Brooks");
    assertThat(page.select(".nhsuk-summary-list").text())
        .contains("Practitioner: Pain specialist")
        .contains("Riverside MSK Service")
        .contains("Must choose a new password");
    assertThat(testAccounts.auditCount("account.created", "email", email)).isEqualTo(audited + 1);
    TestBrowser browser = new TestBrowser(port);
    assertThat(browser.signIn(email, TEMPORARY).headers().firstValue("Location").orElseThrow())
        .endsWith("/account/password");
  }

  @Test
  void storesPasswordsAsBcryptHashes() throws Exception {
    String email = "hash-" + UUID.randomUUID() + "@example.org";
    create(email, "PATIENT", TEMPORARY, UUID.randomUUID());

    // At the full tests' cost; PasswordHashingTests checks the cost Tandem ships with (12).
    assertThat(passwordHashOf(email))
        .startsWith(CheapPasswordHashing.PREFIX)
        .doesNotContain(TEMPORARY);
    assertThat(passwordHashOf("admin@demo.tandem")).startsWith(CheapPasswordHashing.PREFIX);
  }

  @Test
  void aDoubleSubmitCreatesOneAccount() throws Exception {
    String email = "double-" + UUID.randomUUID() + "@example.org";
    UUID key = UUID.randomUUID();

    MvcResult first = create(email, "PATIENT", TEMPORARY, key);
    MvcResult second = create(email, "PATIENT", TEMPORARY, key);

    assertThat(second.getResponse().getRedirectedUrl())
        .isEqualTo(first.getResponse().getRedirectedUrl());
    assertThat(
            jdbc.sql("select count(*) from account where email = ?")
                .param(email)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesAWeakOrDuplicateAccountAndNeverShowsThePasswordAgain() throws Exception {
    MvcResult weak =
        create(
            "weak-" + UUID.randomUUID() + "@example.org",
            "PATIENT",
            "Password1234",
            UUID.randomUUID());
    MvcResult duplicate = create("GP@demo.tandem", "PATIENT", TEMPORARY, UUID.randomUUID());
    MvcResult empty =
        admin.post("/admin/accounts/new", Map.of("idempotencyKey", UUID.randomUUID()));

    assertThat(AdminRequests.html(weak).select(".nhsuk-error-summary__list").text())
        .isEqualTo("This password is too common. Choose one that is harder to guess");
    assertThat(AdminRequests.html(weak).html()).doesNotContain("Password1234");
    assertThat(AdminRequests.html(duplicate).select(".nhsuk-error-summary__list").text())
        .isEqualTo("An account with this email address already exists");
    assertThat(AdminRequests.html(empty).select(".nhsuk-error-summary__list a").eachText())
        .containsExactly(
            "Enter their email address",
            "Enter their full name",
            "Select their role",
            "Enter a temporary password");
  }

  @Test
  void deactivatingEndsTheirSessionsAndStopsThemSigningIn() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    TestBrowser theirBrowser = new TestBrowser(port);
    theirBrowser.signIn(account.email(), TestAccounts.PASSWORD);
    assertThat(theirBrowser.get("/account/password").statusCode()).isEqualTo(200);

    MvcResult deactivated = status(account, "deactivate", account.version());

    assertThat(AdminRequests.notice(deactivated)).startsWith("Account deactivated");
    assertThat(theirBrowser.get("/account/password").statusCode()).isEqualTo(302);
    assertThat(signsIn(account.email(), TestAccounts.PASSWORD)).isFalse();

    MvcResult reactivated = status(account, "reactivate", account.version() + 1);

    assertThat(AdminRequests.notice(reactivated)).isEqualTo("Account reactivated");
    assertThat(signsIn(account.email(), TestAccounts.PASSWORD)).isTrue();
    assertThat(testAccounts.auditCount("account.deactivated")).isPositive();
    assertThat(testAccounts.auditCount("account.reactivated")).isPositive();
  }

  @Test
  void aStaleDeactivationIsRefusedWithAClearMessage() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    accounts.resetPassword(account.id(), TEMPORARY, testAccounts.admin());

    MvcResult stale = status(account, "deactivate", account.version());

    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    assertThat(AdminRequests.html(stale).select(".nhsuk-error-summary").text())
        .contains("Someone else changed this account");
    assertThat(accounts.find(account.id()).orElseThrow().active()).isTrue();
  }

  @Test
  void anAdminCannotDeactivateThemselves() throws Exception {
    Account self = testAccounts.demo("admin@demo.tandem");

    MvcResult refused = status(self, "deactivate", self.version());

    assertThat(refused.getResponse().getStatus()).isEqualTo(409);
    assertThat(AdminRequests.html(refused).select(".nhsuk-error-summary").text())
        .contains("You cannot deactivate your own account");
    assertThat(accounts.find(self.id()).orElseThrow().active()).isTrue();
  }

  @Test
  void resettingAPasswordSignsThemOutAndReplacesTheOldOne() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    TestBrowser theirBrowser = new TestBrowser(port);
    theirBrowser.signIn(account.email(), TestAccounts.PASSWORD);
    int audited =
        testAccounts.auditCount("account.password-reset", "account", account.id().toString());

    MvcResult reset =
        admin.post(
            "/admin/accounts/" + account.id() + "/password",
            Map.of("temporaryPassword", TEMPORARY));

    assertThat(AdminRequests.notice(reset)).startsWith("Password reset");
    assertThat(theirBrowser.get("/account/password").statusCode()).isEqualTo(302);
    assertThat(signsIn(account.email(), TestAccounts.PASSWORD)).isFalse();
    assertThat(signsIn(account.email(), TEMPORARY)).isTrue();
    assertThat(
            testAccounts.auditCount("account.password-reset", "account", account.id().toString()))
        .isEqualTo(audited + 1);
  }

  @Test
  void refusesATemporaryPasswordThatBreaksThePolicy() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);

    MvcResult refused =
        admin.post(
            "/admin/accounts/" + account.id() + "/password", Map.of("temporaryPassword", "short"));

    assertThat(AdminRequests.html(refused).select(".nhsuk-error-summary__list").text())
        .isEqualTo("Password must be 12 characters or more");
    assertThat(signsIn(account.email(), TestAccounts.PASSWORD)).isTrue();
  }

  @Test
  void changingTheRoleIsAuditedAndTakesEffectAtOnce() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    TestBrowser theirBrowser = new TestBrowser(port);
    theirBrowser.signIn(account.email(), TestAccounts.PASSWORD);

    MvcResult changed = changeDetails(account, "PRACTITIONER:GP", account.version());

    assertThat(AdminRequests.notice(changed)).isEqualTo("Account changed");
    Account after = accounts.find(account.id()).orElseThrow();
    assertThat(after.role()).isEqualTo(Role.PRACTITIONER);
    assertThat(after.discipline()).isEqualTo(Discipline.GP);
    assertThat(theirBrowser.get("/account/password").statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    """
                    select details ->> 'from' || ' > ' || (details ->> 'to') from audit_event
                    where action = 'account.role-changed' and details ->> 'account' = ?
                    """)
                .param(account.id().toString())
                .query(String.class)
                .single())
        .isEqualTo("PATIENT > PRACTITIONER/GP");
  }

  @Test
  void aStaleRoleChangeShowsBothVersionsAndSavesNothing() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);
    changeDetails(account, "SERVICE_LEAD", account.version());

    MvcResult stale = changeDetails(account, "ADMIN", account.version());

    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    Document page = AdminRequests.html(stale);
    assertThat(page.select(".nhsuk-card--warning").text()).contains("Role: Administrator");
    assertThat(page.select("input[name=role][checked]").attr("value")).isEqualTo("SERVICE_LEAD");
    assertThat(accounts.find(account.id()).orElseThrow().role()).isEqualTo(Role.SERVICE_LEAD);
  }

  @Test
  void membershipsNotOnTheListAreABadRequestAndChangeNothing() throws Exception {
    Account account = testAccounts.create(Role.PATIENT, null);

    MvcResult result =
        admin.post(
            "/admin/accounts/" + account.id() + "/edit",
            Map.of(
                "displayName",
                "Changed Name",
                "role",
                "PATIENT",
                "services",
                List.of(UUID.randomUUID().toString()),
                "version",
                account.version()));

    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(accounts.find(account.id()).orElseThrow().displayName())
        .isNotEqualTo("Changed Name");
  }

  @Test
  void findsAccountsByPartOfTheirNameOrEmailTakingWildcardsLiterally() throws Exception {
    assertThat(admin.page("/admin/accounts?search=costa").select("tbody th").eachText())
        .containsExactly("Dr Ana Costa");
    assertThat(admin.page("/admin/accounts?search=PHYSIO@").select("tbody th").eachText())
        .containsExactly("Priya Shah");
    assertThat(admin.page("/admin/accounts?search=%25").select("tbody th")).isEmpty();
    assertThat(admin.page("/admin/accounts?search=" + "x".repeat(5_000)).select("h1").text())
        .isEqualTo("Accounts");
  }

  @Test
  void badInputGetsAClearMessageAndCreatesNothing() throws Exception {
    String fine = "fine-" + UUID.randomUUID() + "@example.org";
    Map<String, String> expected =
        Map.of(
            "a".repeat(300) + "@example.org",
            "Email address must be 254 characters or fewer",
            "not-an-email",
            "Enter an email address in the correct format, like name@example.com",
            "two@@example.org",
            "Enter an email address in the correct format, like name@example.com");
    for (var input : expected.entrySet()) {
      MvcResult result = create(input.getKey(), "PATIENT", TEMPORARY, UUID.randomUUID());
      assertThat(AdminRequests.html(result).select(".nhsuk-error-summary__list a").eachText())
          .contains(input.getValue());
    }
    MvcResult hostileName =
        admin.post(
            "/admin/accounts/new",
            Map.of(
                "email",
                fine,
                "displayName",
                "Evil\u0000Name",
                "role",
                "SUPERUSER",
                "temporaryPassword",
                TEMPORARY,
                "idempotencyKey",
                UUID.randomUUID()));
    assertThat(AdminRequests.html(hostileName).select(".nhsuk-error-summary__list a").eachText())
        .containsExactly(
            "Full name must only include letters, numbers, spaces and punctuation",
            "Select their role");

    // Other tests make accounts at the same time, so count only the ones tried here.
    assertThat(
            jdbc.sql("select count(*) from account where email in (?, ?, ?)")
                .params(fine, "not-an-email", "two@@example.org")
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(testAccounts.auditCount("account.created", "email", fine)).isZero();
  }

  @Test
  void showsTheAdminLinkOnlyToAdmins() throws Exception {
    AdminRequests patient = new AdminRequests(mvc, testAccounts.demo("patient@demo.tandem"));

    assertThat(admin.page("/account/password").select(".nhsuk-header__navigation-link").eachText())
        .contains("Admin", "Change password");
    assertThat(
            patient.page("/account/password").select(".nhsuk-header__navigation-link").eachText())
        .contains("Change password")
        .doesNotContain("Admin");
  }

  private MvcResult create(String email, String role, String password, UUID key) throws Exception {
    String riverside =
        jdbc.sql("select id::text from care_service where name = 'Riverside MSK Service'")
            .query(String.class)
            .single();
    return admin.post(
        "/admin/accounts/new",
        Map.of(
            "email", email,
            "displayName", "Casey Brooks",
            "role", role,
            "services", List.of(riverside),
            "temporaryPassword", password,
            "idempotencyKey", key));
  }

  private MvcResult status(Account account, String action, int version) throws Exception {
    return admin.post("/admin/accounts/" + account.id() + "/" + action, Map.of("version", version));
  }

  private MvcResult changeDetails(Account account, String role, int version) throws Exception {
    return admin.post(
        "/admin/accounts/" + account.id() + "/edit",
        Map.of("displayName", account.displayName(), "role", role, "version", version));
  }

  private boolean signsIn(String email, String password) {
    String location =
        new TestBrowser(port).signIn(email, password).headers().firstValue("Location").orElse("");
    return !location.endsWith("/sign-in");
  }

  private String passwordHashOf(String email) {
    return jdbc.sql("select password_hash from account where email = ?")
        .param(email)
        .query(String.class)
        .single();
  }
}
