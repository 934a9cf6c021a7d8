package care.tandem.directory.curating;

import static care.tandem.directory.TandemTaxonomy.BY_PHONE;
import static care.tandem.directory.curating.ListingFormData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
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

/** Each wrong answer on the listing form gets its own message, and nothing is saved. */
@FullApplicationTest
class ListingFormCheckTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  TestAccounts testAccounts;
  DirectoryRequests lead;
  ListingFormData data;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    var account = testAccounts.demo("lead@demo.tandem");
    lead = new DirectoryRequests(mvc, account);
    data = new ListingFormData(jdbc, account.id());
    new DirectoryFixtures(jdbc).postcode("ST5 5BG", 53.00335, -2.27269);
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
      Map<String, Object> form = data.listing(name);
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
              data.column(
                  "select id::text from directory_service where name = ? or description = ?",
                  name,
                  name))
          .as(bad.getKey())
          .isEmpty();
    }
  }

  @Test
  void inPersonNeedsAnAddressButAnOnlineServiceNeedsNone() throws Exception {
    Map<String, Object> noPlace = data.listing(unique("Nowhere"));
    for (String field : List.of("addressLine1", "town", "county", "postcode")) {
      noPlace.put(field, "");
    }
    assertThat(
            DirectoryRequests.html(lead.post("/directory/services/new", noPlace))
                .select(".nhsuk-error-summary__list a")
                .eachText())
        .containsExactly("Enter the address people go to, or untick in person");

    String online = unique("Online Only");
    Map<String, Object> onlineOnly = data.listing(online);
    onlineOnly.putAll(noPlace);
    onlineOnly.put("name", online);
    onlineOnly.put("idempotencyKey", UUID.randomUUID().toString());
    onlineOnly.put("delivery", List.of(BY_PHONE.toString()));
    assertThat(lead.post("/directory/services/new", onlineOnly).getResponse().getStatus())
        .isEqualTo(302);
    assertThat(
            data.column(
                "select location_id::text from directory_service_at_location where service_id = ?",
                data.serviceCalled(online)))
        .isEmpty();
  }

  @Test
  void aPractitionerCannotAddOrChangeAListing() throws Exception {
    UUID id = new DirectoryFixtures(jdbc).service(unique("Not Yours")).save();
    DirectoryRequests physio = new DirectoryRequests(mvc, testAccounts.demo("physio@demo.tandem"));
    String name = unique("Sneaky");

    assertThat(physio.post("/directory/services/new", data.listing(name)).getResponse().getStatus())
        .isEqualTo(403);
    Map<String, Object> change = data.listing(name);
    change.put("version", "0");
    assertThat(physio.post("/directory/services/" + id + "/edit", change).getResponse().getStatus())
        .isEqualTo(403);
    assertThat(physio.get("/directory/services/" + id + "/edit").getResponse().getStatus())
        .isEqualTo(403);
    assertThat(data.column("select name from directory_service where name = ?", name)).isEmpty();
    assertThat(data.column("select version::text from directory_service where id = ?", id))
        .containsExactly("0");
  }

  @Test
  void hostileTextIsShownAsTextNeverRun() throws Exception {
    String name = unique("<script>alert('x')</script>");
    Map<String, Object> form = data.listing(name);
    form.put("description", "<img src=x onerror=alert(1)>");
    lead.post("/directory/services/new", form);
    UUID id = data.serviceCalled(name);

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
}
