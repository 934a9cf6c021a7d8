package care.tandem.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Admins add and change organisations and their services; edits never silently overwrite. */
@FullApplicationTest
class OrganisationAdminTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  AdminRequests admin;
  TestAccounts testAccounts;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    admin = new AdminRequests(mvc, testAccounts.demo("admin@demo.tandem"));
  }

  @Test
  void listsTheDemoOrganisations() throws Exception {
    assertThat(admin.page("/admin/organisations").select("tbody th").eachText())
        .contains(
            "Northfield NHS Foundation Trust", "Oak Lane Surgery", "Hillside Wellbeing Garden");
  }

  @Test
  void addsAnOrganisationAndSaysSo() throws Exception {
    String name = unique("Westbrook Pain Charity");
    int audited = testAccounts.auditCount("organisation.created", "name", name);

    MvcResult result = createOrganisation(name, "CHARITY", UUID.randomUUID());

    assertThat(result.getResponse().getRedirectedUrl()).startsWith("/admin/organisations/");
    assertThat(AdminRequests.notice(result)).isEqualTo("Organisation added");
    assertThat(admin.page(result.getResponse().getRedirectedUrl()).select("h1").text())
        .isEqualTo(name);
    assertThat(testAccounts.auditCount("organisation.created", "name", name))
        .isEqualTo(audited + 1);
  }

  @Test
  void aDoubleSubmitAddsOneOrganisation() throws Exception {
    String name = unique("Double Submit Practice");
    UUID key = UUID.randomUUID();

    MvcResult first = createOrganisation(name, "GP_PRACTICE", key);
    MvcResult second = createOrganisation(name, "GP_PRACTICE", key);

    assertThat(second.getResponse().getRedirectedUrl())
        .isEqualTo(first.getResponse().getRedirectedUrl());
    assertThat(organisationsCalled(name)).isEqualTo(1);
  }

  @Test
  void tenSimultaneousSubmitsOfOneFormAddOneOrganisation() throws Exception {
    String name = unique("Simultaneous Trust");
    UUID key = UUID.randomUUID();
    List<Callable<MvcResult>> submits = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      submits.add(() -> createOrganisation(name, "NHS_TRUST", key));
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      for (var submit : pool.invokeAll(submits)) {
        assertThat(submit.get().getResponse().getStatus()).isEqualTo(302);
      }
    } finally {
      pool.shutdown();
    }

    assertThat(organisationsCalled(name)).isEqualTo(1);
  }

  @Test
  void refusesASecondOrganisationWithTheSameName() throws Exception {
    MvcResult result = createOrganisation("oak lane surgery", "GP_PRACTICE", UUID.randomUUID());

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(AdminRequests.html(result).select(".nhsuk-error-summary__list").text())
        .isEqualTo("An organisation with this name already exists");
  }

  @Test
  void aStaleEditShowsWhatIsSavedAndWhatWasTypedAndSavesNothing() throws Exception {
    String path =
        createOrganisation(unique("Stale Trust"), "NHS_TRUST", UUID.randomUUID())
            .getResponse()
            .getRedirectedUrl();
    String savedName = unique("Saved By Someone Else");
    assertThat(edit(path, savedName, "NHS_TRUST", "0").getResponse().getStatus()).isEqualTo(302);

    MvcResult stale = edit(path, "Typed But Not Saved", "CHARITY", "0");

    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    Document page = AdminRequests.html(stale);
    assertThat(page.select(".nhsuk-card--warning").text())
        .contains("Someone else changed this organisation")
        .contains("Name: Typed But Not Saved")
        .contains("Kind: Charity or voluntary organisation");
    assertThat(page.getElementById("name").attr("value")).isEqualTo(savedName);
    assertThat(page.select("input[name=version]").attr("value")).isEqualTo("1");
    assertThat(admin.page(path).select("h1").text()).isEqualTo(savedName);
  }

  @Test
  void addsAndChangesAServiceWithinAnOrganisation() throws Exception {
    String organisation =
        createOrganisation(unique("Service Trust"), "NHS_TRUST", UUID.randomUUID())
            .getResponse()
            .getRedirectedUrl();
    UUID key = UUID.randomUUID();
    Map<String, String> service =
        Map.of(
            "name",
            "Back Pain Class",
            "kind",
            "MSK_PHYSIOTHERAPY",
            "idempotencyKey",
            key.toString());

    MvcResult added = admin.post(organisation + "/services/new", service);
    admin.post(organisation + "/services/new", service);

    assertThat(AdminRequests.notice(added)).isEqualTo("Service added");
    Document page = admin.page(organisation);
    assertThat(page.select("tbody th").eachText()).containsExactly("Back Pain Class");
    String editPath = page.select("tbody a").attr("href");
    MvcResult changed =
        admin.post(
            editPath, Map.of("name", "Back Pain Group", "kind", "PAIN_SERVICE", "version", "0"));
    MvcResult stale =
        admin.post(editPath, Map.of("name", "Late Change", "kind", "OTHER", "version", "0"));

    assertThat(AdminRequests.notice(changed)).isEqualTo("Service changed");
    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    assertThat(admin.page(organisation).select("tbody td").eachText()).contains("Pain service");
    assertThat(testAccounts.auditCount("service.changed")).isPositive();
  }

  @Test
  void badInputGetsAClearMessageAndChangesNothing() throws Exception {
    Map<String, String> expected =
        Map.of(
            "x".repeat(10_000),
            "Name must be 200 characters or fewer",
            "Nul\u0000Trust",
            "Name must only include letters, numbers, spaces and punctuation",
            "Line\r\nBreak",
            "Name must only include letters, numbers, spaces and punctuation",
            "   ",
            "Enter the name of the organisation");
    for (var input : expected.entrySet()) {
      MvcResult result = createOrganisation(input.getKey(), "NHS_TRUST", UUID.randomUUID());
      assertThat(result.getResponse().getStatus()).isEqualTo(200);
      assertThat(AdminRequests.html(result).select(".nhsuk-error-summary__list").text())
          .isEqualTo(input.getValue());
    }
    MvcResult badKind = createOrganisation("Fine Name", "DROP TABLE", UUID.randomUUID());
    assertThat(AdminRequests.html(badKind).select(".nhsuk-error-summary__list").text())
        .isEqualTo("Select the kind of organisation");
    MvcResult badKey =
        admin.post(
            "/admin/organisations/new",
            Map.of("name", "Fine Name", "kind", "OTHER", "idempotencyKey", "not-a-uuid"));
    assertThat(badKey.getResponse().getStatus()).isEqualTo(400);

    // Other tests add organisations at the same time, so count only the names tried here.
    assertThat(
            jdbc.sql("select count(*) from organisation where name in (?, ?, ?)")
                .params("x".repeat(10_000), "Fine Name", "Line Break")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void showsHostileNamesAsTextNeverAsMarkup() throws Exception {
    String name = unique("<script>alert('x')</script> Trust");
    String path =
        createOrganisation(name, "OTHER", UUID.randomUUID()).getResponse().getRedirectedUrl();

    Document page = admin.page(path);

    assertThat(page.select("h1").text()).isEqualTo(name);
    assertThat(page.select("main script")).isEmpty();
  }

  @Test
  void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
    String name = unique("Forged Trust");

    int status =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/admin/organisations/new")
                    .param("name", name)
                    .param("kind", "NHS_TRUST")
                    .param("idempotencyKey", UUID.randomUUID().toString())
                    .with(
                        care.tandem.identity.signin.SignedInAs.account(
                            testAccounts.demo("admin@demo.tandem"))))
            .andReturn()
            .getResponse()
            .getStatus();

    assertThat(status).isEqualTo(403);
    assertThat(organisationsCalled(name)).isZero();
  }

  @Test
  void aTamperedVersionIsABadRequest() throws Exception {
    String path =
        createOrganisation(unique("Tamper Trust"), "NHS_TRUST", UUID.randomUUID())
            .getResponse()
            .getRedirectedUrl();

    assertThat(edit(path, "New Name", "NHS_TRUST", "abc").getResponse().getStatus()).isEqualTo(400);
    assertThat(edit(path, "New Name", "NHS_TRUST", "-1").getResponse().getStatus()).isEqualTo(400);
  }

  private MvcResult createOrganisation(String name, String kind, UUID key) throws Exception {
    return admin.post(
        "/admin/organisations/new",
        Map.of("name", name, "kind", kind, "idempotencyKey", key.toString()));
  }

  private MvcResult edit(String path, String name, String kind, String version) throws Exception {
    return admin.post(path + "/edit", Map.of("name", name, "kind", kind, "version", version));
  }

  private int organisationsCalled(String name) {
    return jdbc.sql("select count(*) from organisation where name = ?")
        .param(name)
        .query(Integer.class)
        .single();
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
