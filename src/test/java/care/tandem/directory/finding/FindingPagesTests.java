package care.tandem.directory.finding;

import static care.tandem.directory.TandemTaxonomy.PEER_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The search page and the service page: status codes, results, the fixed error pattern for bad
 * postcodes, distances, ages and pages, and hostile text kept inert.
 */
@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class FindingPagesTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  UUID walk;

  @BeforeEach
  void listings() {
    DirectoryFixtures fixtures = new DirectoryFixtures(jdbc);
    fixtures.removeAllListings();
    fixtures.postcode("ST5 5BG", 53.00335, -2.27269);
    fixtures.postcode("ST5 0BG", 53.01012, -2.23991);
    walk =
        fixtures
            .service("Walk and Talk")
            .organization("Newcastle Mind")
            .description("A gentle walking group.\n\nEveryone is welcome.")
            .needs(PEER_SUPPORT)
            .at("ST5 5BG", 53.00335, -2.27269)
            .opens("TU", "10:00", "12:00")
            .save();
  }

  @Test
  void showsTheSearchFormWithNeedsToBrowse() throws Exception {
    Document page = page(get("/directory"), 200);

    assertThat(page.select("h1").text()).isEqualTo("Find support");
    assertThat(page.select("input[name=need]")).hasSize(11);
    assertThat(page.select("a[href=/directory?need=peer-support]")).hasSize(1);
    assertThat(page.select(".nhsuk-header__navigation-link").eachText()).contains("Find support");
  }

  @Test
  void listsResultsThatLinkToTheServicePage() throws Exception {
    Document page = page(get("/directory").param("need", "peer-support"), 200);

    assertThat(page.select("#results").text()).isEqualTo("1 service found");
    assertThat(page.select("a[href=/directory/services/" + walk + "]").text())
        .isEqualTo("Walk and Talk");
    assertThat(page.text()).contains("Tuesdays 10am to 12pm", "Free", "Newcastle Mind");
    assertThat(page.select("form[action=/directory/sheet] input[name=service]")).hasSize(1);
  }

  @Test
  void saysClearlyWhenNothingIsFound() throws Exception {
    Document page = page(get("/directory").param("need", "sleep"), 200);

    assertThat(page.select("#results").text()).isEqualTo("No services found");
    assertThat(page.text()).contains("choose fewer filters");
  }

  @Test
  void suggestsThePostcodeMostLikelyMeant() throws Exception {
    Document page = page(get("/directory").param("postcode", "ST5 OBG"), 200);

    assertThat(errors(page)).containsExactly("Enter a real postcode. Did you mean ST5 0BG?");
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select("#postcode.nhsuk-input--error")).hasSize(1);
    assertThat(page.select("a:contains(Search near ST5 0BG instead)").attr("href"))
        .isEqualTo("/directory?postcode=ST5+0BG&within=10");
  }

  @Test
  void asksForARealPostcodeWhenNoneIsLikely() throws Exception {
    assertThat(errors(page(get("/directory").param("postcode", "pain"), 200)))
        .containsExactly("Enter a real postcode, like ST5 5BG");
  }

  @Test
  void saysWhenAPostcodeIsNotKnown() throws Exception {
    assertThat(errors(page(get("/directory").param("postcode", "ST5 9ZZ"), 200)))
        .containsExactly("We cannot find ST5 9ZZ. Check the postcode, or search without one.");
  }

  @Test
  void searchesNearAKnownPostcode() throws Exception {
    Document page = page(get("/directory").param("postcode", "st55bg").param("within", "1"), 200);

    assertThat(errors(page)).isEmpty();
    assertThat(page.text()).contains("0.0 km away");
  }

  @Test
  void refusesAbsurdDistancesAgesAndPages() throws Exception {
    assertThat(
            errors(
                page(get("/directory?need=sleep&within=100000").param("postcode", "ST5 5BG"), 200)))
        .containsExactly("Select a distance from the list");
    assertThat(errors(page(get("/directory?need=sleep&age=-4"), 200)))
        .containsExactly("Age must be 0 or more");
    assertThat(errors(page(get("/directory?need=sleep&page=0"), 200)))
        .containsExactly("Page number must be a whole number from 1, like 2");
    Document beyond = page(get("/directory?need=peer-support&page=7"), 200);
    assertThat(errors(beyond))
        .containsExactly("There is no page 7. The last page of results is page 1");
    assertThat(beyond.select("#results a").attr("href")).isEqualTo("/directory?need=peer-support");
  }

  @Test
  void keepsHostileWordsInert() throws Exception {
    String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    Document page = page(get("/directory").param("q", hostile).param("language", hostile), 200);

    assertThat(page.select("main script, main img")).isEmpty();
    assertThat(page.select("#q").attr("value")).isEqualTo(hostile);
  }

  @Test
  void servicePageHasEverythingToMakeContact() throws Exception {
    Document page = page(get("/directory/services/" + walk), 200);

    assertThat(page.select("h1").text()).isEqualTo("Newcastle Mind Walk and Talk");
    assertThat(page.select("a[href=tel:01782000000]").text()).isEqualTo("01782 000000");
    assertThat(page.text())
        .contains(
            "Everyone is welcome.", "Tuesdays 10am to 12pm", "Free", "All ages", "Last checked on");
    assertThat(page.select("a[href=/directory/services/" + walk + "/report]").text())
        .isEqualTo("Report a problem with this listing");
    assertThat(page.select("a[href$=/signpost]")).isEmpty();
    assertThat(page.text()).doesNotContain("Signposted");
  }

  @Test
  void practitionersSeeSignpostingButNoNames() throws Exception {
    TestAccounts testAccounts = new TestAccounts(accounts, jdbc);
    var volunteer = testAccounts.create(Role.PRACTITIONER, Discipline.VOLUNTEER);
    Document page =
        page(get("/directory/services/" + walk).with(SignedInAs.account(volunteer)), 200);

    assertThat(page.select("a[href=/directory/services/" + walk + "/signpost]").text())
        .isEqualTo("Signpost someone to this service");
    assertThat(page.text()).contains("No one has been signposted to this service");
    var patient = testAccounts.create(Role.PATIENT, null);
    Document asPatient =
        page(get("/directory/services/" + walk).with(SignedInAs.account(patient)), 200);
    assertThat(asPatient.select("a[href$=/signpost]").eachText())
        .containsExactly("Add this service to my plan");
    assertThat(asPatient.text()).doesNotContain("No one has been signposted to this service");
  }

  @Test
  void closedServicesSaySo() throws Exception {
    UUID closed =
        new DirectoryFixtures(jdbc).service("Shut Group").status("temporarily closed").save();

    assertThat(page(get("/directory/services/" + closed), 200).text())
        .contains("This service is closed for now");
  }

  @Test
  void listingTextIsInertAndOnlySafeLinksAreMade() throws Exception {
    UUID hostile =
        new DirectoryFixtures(jdbc)
            .service("<script>alert(1)</script>")
            .description("<b onmouseover=alert(1)>bold</b>")
            .save();
    jdbc.sql(
            "update directory_service set url = 'javascript:alert(1)', alert = '<i>x</i>' where id = ?")
        .param(hostile)
        .update();
    Document page = page(get("/directory/services/" + hostile), 200);

    assertThat(page.select("main script, main b, main i")).isEmpty();
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.select("h1").text()).contains("<script>alert(1)</script>");
  }

  @Test
  void unknownOrMalformedServiceIsNotFound() throws Exception {
    mvc.perform(get("/directory/services/" + UUID.randomUUID()))
        .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
    mvc.perform(get("/directory/services/not-an-id"))
        .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(404));
  }

  private Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(status);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select("h1")).hasSize(1);
    return page;
  }

  private static java.util.List<String> errors(Document page) {
    return page.select(".nhsuk-error-summary__list a").eachText();
  }
}
