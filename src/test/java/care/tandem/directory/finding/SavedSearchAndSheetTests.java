package care.tandem.directory.finding;

import static care.tandem.directory.TandemTaxonomy.PEER_SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import java.util.ArrayList;
import java.util.List;
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

/** Saved searches (each person's own, saved once) and the printable sheet to hand over. */
@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class SavedSearchAndSheetTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  DirectoryFixtures fixtures;
  Account volunteer;

  @BeforeEach
  void setUp() {
    fixtures = new DirectoryFixtures(jdbc);
    fixtures.removeAllListings();
    volunteer = new TestAccounts(accounts, jdbc).create(Role.PRACTITIONER, Discipline.VOLUNTEER);
  }

  @Test
  void savesASearchOnceAndOpensItFromTheList() throws Exception {
    MockHttpServletResponse saved = save(volunteer, "Peer groups", "need=peer-support&free=yes");
    save(volunteer, "Peer groups", "need=peer-support&free=yes&page=3");

    assertThat(saved.getRedirectedUrl()).isEqualTo("/directory/saved");
    Document list = page(get("/directory/saved").with(SignedInAs.account(volunteer)));
    assertThat(list.select("a:contains(Peer groups)").attr("href"))
        .isEqualTo("/directory?need=peer-support&free=yes");
    assertThat(list.select("a:contains(Peer groups)")).hasSize(1);
  }

  @Test
  void refusesANameAlreadyUsedForAnotherSearch() throws Exception {
    save(volunteer, "Near the clinic", "need=sleep");
    MockHttpServletResponse again = save(volunteer, "Near the clinic", "need=housing");
    Document page = Jsoup.parse(again.getContentAsString());

    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(page.select(".nhsuk-error-summary__list a").eachText())
        .containsExactly(
            "You already have a saved search called ‘Near the clinic’. Choose another name");
    assertThat(page.title()).startsWith("Error: ");
  }

  @Test
  void asksForAName() throws Exception {
    Document page = Jsoup.parse(save(volunteer, "  ", "need=sleep").getContentAsString());

    assertThat(page.select(".nhsuk-error-summary__list a").eachText())
        .containsExactly("Enter a name for this search");
  }

  @Test
  void refusesAQueryThatIsNotASearch() throws Exception {
    assertThat(save(volunteer, "Odd", "within=9000&need=sleep").getStatus()).isEqualTo(400);
    assertThat(save(volunteer, "Empty", "").getStatus()).isEqualTo(400);
  }

  @Test
  void nobodySeesOrDeletesAnotherPersonsSearch() throws Exception {
    save(volunteer, "Mine", "need=carers");
    UUID id =
        jdbc.sql("select id from directory_saved_search where account_id = ? and name = 'Mine'")
            .param(volunteer.id())
            .query(UUID.class)
            .single();
    Account someoneElse = new TestAccounts(accounts, jdbc).create(Role.PATIENT, null);

    assertThat(page(get("/directory/saved").with(SignedInAs.account(someoneElse))).text())
        .doesNotContain("Mine");
    assertThat(delete(someoneElse, id).getStatus()).isEqualTo(404);
    assertThat(delete(volunteer, id).getRedirectedUrl()).isEqualTo("/directory/saved");
    assertThat(delete(volunteer, id).getStatus()).isEqualTo(404);
  }

  @Test
  void makesASheetOfTheChosenServices() throws Exception {
    UUID walk =
        fixtures
            .service("Walk and Talk")
            .needs(PEER_SUPPORT)
            .at("ST5 5BG", 53.0, -2.27)
            .opens("TU", "10:00", "12:00")
            .save();
    UUID money = fixtures.service("Money Advice").costs("5").save();

    Document sheet =
        page(get("/directory/sheet").param("service", walk.toString(), money.toString()));

    assertThat(sheet.select("h1").text()).isEqualTo("Services for you");
    assertThat(sheet.select("main h2").eachText()).containsExactly("Walk and Talk", "Money Advice");
    assertThat(sheet.text())
        .contains("Tuesdays 10am to 12pm", "1 Test Street", "£5", "01782 000000");
  }

  @Test
  void asksForBetweenOneAndTenServices() throws Exception {
    assertThat(page(get("/directory/sheet")).text())
        .contains("Select at least one service from the results to make a sheet.");
    List<String> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(UUID.randomUUID().toString());
    }
    assertThat(page(get("/directory/sheet").param("service", eleven.toArray(String[]::new))).text())
        .contains("Select 10 services or fewer.");
    assertThat(page(get("/directory/sheet").param("service", "nonsense")).text())
        .contains("We could not find those services.");
  }

  private MockHttpServletResponse save(Account account, String name, String query)
      throws Exception {
    return mvc.perform(
            post("/directory/saved")
                .param("name", name)
                .param("query", query)
                .with(csrf())
                .with(SignedInAs.account(account)))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse delete(Account account, UUID id) throws Exception {
    return mvc.perform(
            post("/directory/saved/" + id + "/delete")
                .with(csrf())
                .with(SignedInAs.account(account)))
        .andReturn()
        .getResponse();
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select("h1")).hasSize(1);
    return page;
  }
}
