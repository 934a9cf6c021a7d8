package care.tandem.directory.curating;

import static care.tandem.directory.TandemTaxonomy.BY_PHONE;
import static care.tandem.directory.TandemTaxonomy.HEARING_LOOP;
import static care.tandem.directory.TandemTaxonomy.IN_PERSON;
import static care.tandem.directory.TandemTaxonomy.PAIN_SELF_MANAGEMENT;
import static care.tandem.directory.TandemTaxonomy.PEER_SUPPORT;
import static care.tandem.directory.TandemTaxonomy.SELF_REFERRAL;
import static care.tandem.directory.TandemTaxonomy.STEP_FREE_ACCESS;
import static care.tandem.directory.curating.ListingFormData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import java.math.BigDecimal;
import java.time.LocalDate;
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
  ListingFormData data;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    var account = testAccounts.demo("lead@demo.tandem");
    leadId = account.id();
    lead = new DirectoryRequests(mvc, account);
    data = new ListingFormData(jdbc, leadId);
    new DirectoryFixtures(jdbc).postcode("ST5 5BG", 53.00335, -2.27269);
    new DirectoryFixtures(jdbc).postcode("ST4 1AA", 52.99, -2.18);
  }

  @Test
  void addsAListingWithEverythingSavedToTheOrukTables() throws Exception {
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
        .containsEntry("latitude", 53.00335)
        .containsEntry("longitude", -2.27269)
        .containsEntry("address_1", "Queens Gardens")
        .containsEntry("city", "Newcastle-under-Lyme")
        .containsEntry("state_province", "Staffordshire")
        .containsEntry("postal_code", "ST5 5BG")
        .containsEntry("country", "GB");
    assertThat(terms((UUID) place.get("id"), "location"))
        .containsExactlyInAnyOrder(STEP_FREE_ACCESS, HEARING_LOOP);
    assertThat(testAccounts.auditCount("directory.listing-created", "service", id.toString()))
        .isEqualTo(1);
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
    int audited = testAccounts.auditCount("directory.listing-changed", "service", id.toString());

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
    assertThat(testAccounts.auditCount("directory.listing-changed", "service", id.toString()))
        .isEqualTo(audited + 1);
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

  private Map<String, Object> listing(String name) {
    return data.listing(name);
  }

  private UUID serviceCalled(String name) {
    return data.serviceCalled(name);
  }

  private String organisationOf(UUID service) {
    return data.organisationOf(service);
  }

  private UUID organisationIdOf(UUID service) {
    return data.organisationIdOf(service);
  }

  private List<UUID> terms(UUID linkId, String entity) {
    return data.terms(linkId, entity);
  }

  private List<String> column(String sql, Object... params) {
    return data.column(sql, params);
  }
}
