package care.tandem.directory.curating;

import static care.tandem.directory.TandemTaxonomy.BY_PHONE;
import static care.tandem.directory.TandemTaxonomy.HEARING_LOOP;
import static care.tandem.directory.TandemTaxonomy.IN_PERSON;
import static care.tandem.directory.TandemTaxonomy.PAIN_SELF_MANAGEMENT;
import static care.tandem.directory.TandemTaxonomy.PEER_SUPPORT;
import static care.tandem.directory.TandemTaxonomy.SELF_REFERRAL;
import static care.tandem.directory.TandemTaxonomy.STEP_FREE_ACCESS;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Directory editors add and change listings: all of it saved, checked, audited, never lost. */
@FullApplicationTest
class ListingFormTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  TestAccounts testAccounts;
  DirectoryRequests lead;
  UUID leadId;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    var account = testAccounts.demo("lead@demo.tandem");
    leadId = account.id();
    lead = new DirectoryRequests(mvc, account);
    new DirectoryFixtures(jdbc).postcode("ST5 5BG", 53.0, -2.27);
    new DirectoryFixtures(jdbc).postcode("ST4 1AA", 52.99, -2.18);
  }

  @Test
  void addsAListingWithEverythingSavedToTheOrukTables() throws Exception {
    int audited = testAccounts.auditCount("directory.listing-created");
    String name = unique("Walk and Talk");

    MvcResult result = lead.post("/directory/services/new", listing(name));

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    UUID id = serviceCalled(name);
    assertThat(result.getResponse().getRedirectedUrl())
        .isEqualTo("/directory/services/" + id + "/edit");
    Map<String, Object> service =
        jdbc.sql("select * from directory_service where id = ?").param(id).query().singleRow();
    assertThat(service)
        .containsEntry("description", "Gentle walks with people who understand.")
        .containsEntry("status", "active")
        .containsEntry("url", "https://walk.example.org")
        .containsEntry("email", "hello@walk.example.org")
        .containsEntry("minimum_age", 18)
        .containsEntry("maximum_age", 99)
        .containsEntry("alert", "No walks in August")
        .containsEntry("owner_account", leadId)
        .containsEntry("version", 0);
    assertThat(service.get("verified_on").toString()).isEqualTo(LocalDate.now().toString());
    assertThat(organisationOf(id)).isEqualTo("Newcastle Walkers");
    assertThat(column("select number from directory_phone where service_id = ?", id))
        .containsExactly("01782 123456");
    assertThat(
            jdbc.sql("select amount from directory_cost_option where service_id = ?")
                .param(id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("3.50");
    assertThat(column("select option from directory_cost_option where service_id = ?", id))
        .containsExactly("per walk");
    assertThat(column("select name from directory_language where service_id = ? order by name", id))
        .containsExactly("English", "Polish");
    assertThat(
            column(
                "select byday || ' ' || opens_at || '-' || closes_at from directory_schedule"
                    + " where service_id = ? order by byday",
                id))
        .containsExactly("SA 10:00:00-12:00:00", "TU 09:30:00-11:00:00");
    assertThat(terms(id, "service"))
        .containsExactlyInAnyOrder(PEER_SUPPORT, PAIN_SELF_MANAGEMENT, IN_PERSON, SELF_REFERRAL);
    Map<String, Object> place =
        jdbc.sql(
                "select l.id, l.latitude, l.longitude, a.address_1, a.city, a.state_province,"
                    + " a.postal_code, a.country from directory_service_at_location sal"
                    + " join directory_location l on l.id = sal.location_id"
                    + " join directory_address a on a.location_id = l.id where sal.service_id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(place)
        .containsEntry("latitude", 53.0)
        .containsEntry("longitude", -2.27)
        .containsEntry("address_1", "Queens Gardens")
        .containsEntry("city", "Newcastle-under-Lyme")
        .containsEntry("state_province", "Staffordshire")
        .containsEntry("postal_code", "ST5 5BG")
        .containsEntry("country", "GB");
    assertThat(terms((UUID) place.get("id"), "location"))
        .containsExactlyInAnyOrder(STEP_FREE_ACCESS, HEARING_LOOP);
    assertThat(testAccounts.auditCount("directory.listing-created")).isEqualTo(audited + 1);
  }

  @Test
  void theEditPageShowsTheSavedListingAndAChangeIsSavedWithANewVersion() throws Exception {
    String name = unique("Pain Cafe");
    lead.post("/directory/services/new", listing(name));
    UUID id = serviceCalled(name);
    Document edit = lead.page("/directory/services/" + id + "/edit");
    assertThat(edit.getElementById("name").attr("value")).isEqualTo(name);
    assertThat(edit.getElementById("postcode").attr("value")).isEqualTo("ST5 5BG");
    assertThat(edit.getElementById("tuesdayOpens").attr("value")).isEqualTo("09:30");
    assertThat(edit.select("input[name=needs][checked]").eachAttr("value"))
        .containsExactlyInAnyOrder(PAIN_SELF_MANAGEMENT.toString(), PEER_SUPPORT.toString());
    assertThat(edit.select("a[href=/directory/services/" + id + "]").text())
        .isEqualTo("View the listing");
    int audited = testAccounts.auditCount("directory.listing-changed");

    Map<String, Object> changed = listing(name + " online");
    changed.put("version", "0");
    changed.put("organisation", organisationIdOf(id).toString());
    changed.put("delivery", List.of(BY_PHONE.toString()));
    changed.put("cost", "free");
    for (String field : List.of("addressLine1", "town", "county", "postcode", "tuesdayOpens")) {
      changed.put(field, "");
    }
    changed.put("tuesdayCloses", "");
    MvcResult result = lead.post("/directory/services/" + id + "/edit", changed);

    assertThat(result.getResponse().getStatus()).isEqualTo(302);
    assertThat(DirectoryRequests.notice(result)).isEqualTo("Listing saved");
    assertThat(
            jdbc.sql("select name || ' ' || version from directory_service where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(name + " online 1");
    assertThat(terms(id, "service")).contains(BY_PHONE).doesNotContain(IN_PERSON);
    assertThat(
            column(
                "select location_id::text from directory_service_at_location where service_id = ?",
                id))
        .isEmpty();
    assertThat(column("select byday from directory_schedule where service_id = ?", id))
        .containsExactly("SA");
    assertThat(
            jdbc.sql("select amount from directory_cost_option where service_id = ?")
                .param(id)
                .query(BigDecimal.class)
                .single())
        .isEqualByComparingTo("0");
    assertThat(testAccounts.auditCount("directory.listing-changed")).isEqualTo(audited + 1);
  }

  @Test
  void aStaleEditIsRefusedShowingTheOtherChangeAndSavesNothing() throws Exception {
    String name = unique("Stale Group");
    lead.post("/directory/services/new", listing(name));
    UUID id = serviceCalled(name);
    String organisation = organisationIdOf(id).toString();
    Map<String, Object> first = listing(name + " renamed by someone else");
    first.put("version", "0");
    first.put("organisation", organisation);
    assertThat(lead.post("/directory/services/" + id + "/edit", first).getResponse().getStatus())
        .isEqualTo(302);

    Map<String, Object> mine = listing(name + " typed but not saved");
    mine.put("version", "0");
    mine.put("organisation", organisation);
    MvcResult stale = lead.post("/directory/services/" + id + "/edit", mine);

    assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    Document page = DirectoryRequests.html(stale);
    assertThat(page.select(".nhsuk-card--warning").text())
        .contains("Someone else changed this listing")
        .contains("Service name: " + name + " typed but not saved")
        .contains("saved now: " + name + " renamed by someone else");
    assertThat(page.getElementById("name").attr("value"))
        .isEqualTo(name + " renamed by someone else");
    assertThat(page.select("input[name=version]").attr("value")).isEqualTo("1");
    assertThat(column("select name from directory_service where id = ?", id))
        .containsExactly(name + " renamed by someone else");
  }

  @Test
  void aDoubleSubmitAddsOneListing() throws Exception {
    String name = unique("Double Submit Club");
    Map<String, Object> form = listing(name);

    MvcResult first = lead.post("/directory/services/new", form);
    MvcResult second = lead.post("/directory/services/new", form);

    assertThat(second.getResponse().getRedirectedUrl())
        .isEqualTo(first.getResponse().getRedirectedUrl());
    assertThat(column("select id::text from directory_service where name = ?", name)).hasSize(1);
  }

  @Test
  void eachBadAnswerGetsItsOwnMessageAndNothingIsSaved() throws Exception {
    Map<String, String[]> cases = new LinkedHashMap<>();
    cases.put("name", new String[] {"", "Enter the name of the service"});
    cases.put(
        "email",
        new String[] {
          "not an email", "Enter an email address in the correct format, like name@example.com"
        });
    cases.put(
        "website",
        new String[] {
          "javascript:alert(1)",
          "Enter the website address in the correct format, like https://www.example.org"
        });
    cases.put(
        "minimumAge",
        new String[] {"ten", "Youngest age must be a whole number between 0 and 150"});
    cases.put(
        "maximumAge",
        new String[] {"12", "Oldest age must be the same as or more than youngest age"});
    cases.put("costAmount", new String[] {"lots", "Enter the cost in pounds, like 5 or 12.50"});
    cases.put(
        "tuesdayOpens",
        new String[] {
          "25:00", "Tuesday opening time must be a time on the 24-hour clock, like 09:30 or 17:00"
        });
    cases.put(
        "saturdayCloses",
        new String[] {"09:00", "Saturday closing time must be later than its opening time"});
    cases.put(
        "postcode",
        new String[] {"ZZ9 9ZZ", "We could not find this postcode. Check it and enter it again"});
    cases.put(
        "phone",
        new String[] {
          "call us", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"
        });
    cases.put(
        "description",
        new String[] {"x".repeat(10001), "Description must be 10,000 characters or fewer"});
    cases.put(
        "owner",
        new String[] {UUID.randomUUID().toString(), "Select who looks after this listing"});
    for (Map.Entry<String, String[]> bad : cases.entrySet()) {
      String name = unique("Bad " + bad.getKey());
      Map<String, Object> form = listing(name);
      form.put(bad.getKey(), bad.getValue()[0]);
      if (bad.getKey().equals("name")) {
        form.put("description", name);
      }

      MvcResult result = lead.post("/directory/services/new", form);

      assertThat(result.getResponse().getStatus()).as(bad.getKey()).isEqualTo(200);
      Document page = DirectoryRequests.html(result);
      assertThat(page.title()).as(bad.getKey()).startsWith("Error: ");
      assertThat(page.select(".nhsuk-error-summary__list a").eachText())
          .as(bad.getKey())
          .containsExactly(bad.getValue()[1]);
      assertThat(page.select(".nhsuk-error-summary__list a").attr("href"))
          .isEqualTo("#" + bad.getKey());
      assertThat(
              column(
                  "select id::text from directory_service where name = ? or description = ?",
                  name,
                  name))
          .as(bad.getKey())
          .isEmpty();
    }
  }

  @Test
  void inPersonNeedsAnAddressButAnOnlineServiceNeedsNone() throws Exception {
    Map<String, Object> noPlace = listing(unique("Nowhere"));
    for (String field : List.of("addressLine1", "town", "county", "postcode")) {
      noPlace.put(field, "");
    }
    assertThat(
            DirectoryRequests.html(lead.post("/directory/services/new", noPlace))
                .select(".nhsuk-error-summary__list a")
                .eachText())
        .containsExactly("Enter the address people go to, or untick in person");

    String online = unique("Online Only");
    Map<String, Object> onlineOnly = listing(online);
    onlineOnly.putAll(noPlace);
    onlineOnly.put("name", online);
    onlineOnly.put("idempotencyKey", UUID.randomUUID().toString());
    onlineOnly.put("delivery", List.of(BY_PHONE.toString()));
    assertThat(lead.post("/directory/services/new", onlineOnly).getResponse().getStatus())
        .isEqualTo(302);
    assertThat(
            column(
                "select location_id::text from directory_service_at_location where service_id = ?",
                serviceCalled(online)))
        .isEmpty();
  }

  @Test
  void aPractitionerCannotAddOrChangeAListing() throws Exception {
    UUID id = new DirectoryFixtures(jdbc).service(unique("Not Yours")).save();
    DirectoryRequests physio = new DirectoryRequests(mvc, testAccounts.demo("physio@demo.tandem"));
    String name = unique("Sneaky");

    assertThat(physio.post("/directory/services/new", listing(name)).getResponse().getStatus())
        .isEqualTo(403);
    Map<String, Object> change = listing(name);
    change.put("version", "0");
    assertThat(physio.post("/directory/services/" + id + "/edit", change).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(physio.get("/directory/services/" + id + "/edit").getResponse().getStatus())
        .isEqualTo(403);
    assertThat(column("select name from directory_service where name = ?", name)).isEmpty();
    assertThat(column("select version::text from directory_service where id = ?", id))
        .containsExactly("0");
  }

  @Test
  void hostileTextIsShownAsTextNeverRun() throws Exception {
    String name = unique("<script>alert('x')</script>");
    Map<String, Object> form = listing(name);
    form.put("description", "<img src=x onerror=alert(1)>");
    lead.post("/directory/services/new", form);
    UUID id = serviceCalled(name);

    Document edit = lead.page("/directory/services/" + id + "/edit");

    assertThat(edit.select("script:containsData(alert)")).isEmpty();
    assertThat(edit.select("img[onerror]")).isEmpty();
    assertThat(edit.getElementById("name").attr("value")).isEqualTo(name);
    assertThat(edit.getElementById("description").text()).isEqualTo("<img src=x onerror=alert(1)>");
  }

  @Test
  void anUnknownListingIsNotFound() throws Exception {
    assertThat(
            lead.get("/directory/services/" + UUID.randomUUID() + "/edit")
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(lead.get("/directory/services/not-an-id/edit").getResponse().getStatus())
        .isEqualTo(404);
  }

  private Map<String, Object> listing(String name) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("organisation", "new");
    form.put("organisationName", "Newcastle Walkers");
    form.put("organisationDescription", "A walking charity.");
    form.put("name", name);
    form.put("description", "Gentle walks with people who understand.");
    form.put("status", "active");
    form.put("website", "https://walk.example.org");
    form.put("email", "hello@walk.example.org");
    form.put("phone", "01782 123456");
    form.put("minimumAge", "18");
    form.put("maximumAge", "99");
    form.put("cost", "cost");
    form.put("costAmount", "3.50");
    form.put("costFor", "per walk");
    form.put("needs", List.of(PEER_SUPPORT.toString(), PAIN_SELF_MANAGEMENT.toString()));
    form.put("delivery", List.of(IN_PERSON.toString()));
    form.put("selfReferral", "yes");
    form.put("addressLine1", "Queens Gardens");
    form.put("town", "Newcastle-under-Lyme");
    form.put("county", "Staffordshire");
    form.put("postcode", "st5 5bg");
    form.put("accessibility", List.of(STEP_FREE_ACCESS.toString(), HEARING_LOOP.toString()));
    form.put("tuesdayOpens", "9:30");
    form.put("tuesdayCloses", "11:00");
    form.put("saturdayOpens", "10:00");
    form.put("saturdayCloses", "12:00");
    form.put("languages", "English, Polish");
    form.put("alert", "No walks in August");
    form.put("owner", leadId.toString());
    form.put("checkedToday", "yes");
    form.put("idempotencyKey", UUID.randomUUID().toString());
    return form;
  }

  private UUID serviceCalled(String name) {
    return jdbc.sql("select id from directory_service where name = ?")
        .param(name)
        .query(UUID.class)
        .single();
  }

  private String organisationOf(UUID service) {
    return jdbc.sql(
            "select o.name from directory_organization o join directory_service s"
                + " on s.organization_id = o.id where s.id = ?")
        .param(service)
        .query(String.class)
        .single();
  }

  private UUID organisationIdOf(UUID service) {
    return jdbc.sql("select organization_id from directory_service where id = ?")
        .param(service)
        .query(UUID.class)
        .single();
  }

  private List<UUID> terms(UUID linkId, String entity) {
    return jdbc.sql(
            "select taxonomy_term_id from directory_attribute where link_id = ? and link_entity = ?")
        .params(linkId, entity)
        .query(UUID.class)
        .list();
  }

  private List<String> column(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(String.class).list();
  }

  static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
