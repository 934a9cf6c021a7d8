package care.tandem.care;

import static care.tandem.care.CarePages.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The person invites a helper, chooses what they may do, and withdraws it (issue 13). */
@FullApplicationTest
class CarerConsentTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Helpers helpers;

  CarerFixtures given;

  @BeforeEach
  void setUp() {
    given = new CarerFixtures(mvc, people, accounts, jdbc, helpers);
  }

  private static String email() {
    return "carer-" + UUID.randomUUID() + "@example.org";
  }

  @Test
  void theHelperFollowsTheEmailedLinkMakesAnAccountAndGetsOnlyWhatWasChosen() throws Exception {
    String email = email();
    String token = given.invite(email, "READ_PLAN", "CONVERSATION");

    assertThat(page(given.openLink(token)).text())
        .contains("Read the care plan", "Read and write in the conversation");
    MockHttpServletResponse made = given.makeAccount(token, TestAccounts.PASSWORD);

    assertThat(made.getRedirectedUrl()).isEqualTo("/carer-invitation?ready");
    Account carer = given.account(email);
    assertThat(carer.role().name()).isEqualTo("CARER");
    assertThat(given.currentConsents()).isEqualTo(1);
    assertThat(given.records.audited(given.person, "carer.consent-given", "success")).isEqualTo(1);
    String base = "/people/" + given.person;
    Document overview = page(given.pages.open(base, carer));
    assertThat(overview.select(".nhsuk-grid-column-two-thirds a").eachAttr("href"))
        .containsExactly(base + "/plan", base + "/conversation");
    assertThat(overview.text()).doesNotContain("About me", "NHS number");
    assertThat(given.pages.open(base + "/plan", carer).getStatus()).isEqualTo(200);
    assertThat(given.pages.open(base + "/conversation", carer).getStatus()).isEqualTo(200);
  }

  @Test
  void onlyTheConsentedPartsOpenEverythingElseIsNotFoundAndAudited() throws Exception {
    Account carer = given.carerWith(HelperPermission.READ_PLAN);
    String base = "/people/" + given.person;

    assertThat(given.pages.open(base + "/plan", carer).getStatus()).isEqualTo(200);
    for (String refused :
        new String[] {
          "/conversation",
          "/results",
          "/questionnaires",
          "/about-me",
          "/details",
          "/team",
          "/timeline",
          "/access-log",
          "/helpers",
          "/signposts"
        }) {
      assertThat(given.pages.open(base + refused, carer).getStatus()).as(refused).isEqualTo(404);
    }
    assertThat(given.records.audited(given.person, "conversation.viewed", "denied")).isEqualTo(1);
    assertThat(given.records.audited(given.person, "about-me.viewed", "denied")).isEqualTo(1);
  }

  @Test
  void aHelperCanNeverChangeDetailsOrThePlanAndNothingChanges() throws Exception {
    Account carer = given.carerWith(HelperPermission.READ_PLAN, HelperPermission.CONVERSATION);
    String base = "/people/" + given.person;
    Person before = people.findAll(java.util.List.of(given.person)).get(given.person);

    MockHttpServletResponse details =
        given.pages.post(
            base + "/details",
            carer,
            Map.of("givenName", "Changed", "familyName", "Name", "version", "0"));
    MockHttpServletResponse aboutMe =
        given.pages.post(base + "/about-me", carer, Map.of("whatMatters", "x", "version", "0"));

    assertThat(details.getStatus()).isEqualTo(404);
    assertThat(aboutMe.getStatus()).isEqualTo(404);
    assertThat(people.findAll(java.util.List.of(given.person)).get(given.person)).isEqualTo(before);
    assertThat(
            page(given.pages.open(base + "/plan", carer))
                .select("a[href*=/plan/]")
                .eachAttr("href"))
        .noneMatch(href -> href.contains("/edit") || href.contains("/new"));
  }

  @Test
  void conversationPermissionLetsTheHelperWriteNamedAsHelpingThePerson() throws Exception {
    Account carer = given.carerWith(HelperPermission.CONVERSATION);
    String base = "/people/" + given.person;

    MockHttpServletResponse posted =
        given.pages.post(
            base + "/conversation",
            carer,
            Map.of("text", "Sam slept badly this week", "idempotencyKey", UUID.randomUUID()));

    assertThat(posted.getStatus()).isEqualTo(302);
    assertThat(page(given.pages.open(base + "/conversation", given.lead)).text())
        .contains("Test Carer or helper (helping Test Person)", "Sam slept badly this week");
  }

  @Test
  void withdrawingStopsTheHelpersNextRequestAtOnce() throws Exception {
    Account carer = given.carerWith(HelperPermission.READ_PLAN);
    String base = "/people/" + given.person;
    UUID consent = helpers.helpedBy(carer.id()).get(0).id();
    assertThat(given.pages.open(base, carer).getStatus()).isEqualTo(200);

    MockHttpServletResponse withdrawn =
        given.pages.post(base + "/helpers/" + consent + "/withdraw", given.patient, Map.of());
    MockHttpServletResponse again =
        given.pages.post(base + "/helpers/" + consent + "/withdraw", given.patient, Map.of());

    assertThat(withdrawn.getStatus()).isEqualTo(302);
    assertThat(again.getStatus()).isEqualTo(302);
    assertThat(given.currentConsents()).isZero();
    assertThat(given.pages.open(base, carer).getStatus()).isEqualTo(404);
    assertThat(given.pages.open(base + "/plan", carer).getStatus()).isEqualTo(404);
    assertThat(given.records.audited(given.person, "carer.consent-withdrawn", "success"))
        .isEqualTo(1);
    assertThat(given.records.audited(given.person, "record.viewed", "denied")).isEqualTo(1);
    assertThat(page(given.pages.open("/helping", carer)).text()).contains("Nobody has asked");
  }

  @Test
  void onlyThePersonInvitesOrWithdrawsNotTheTeamNorTheHelper() throws Exception {
    Account carer = given.carerWith(HelperPermission.READ_PLAN);
    String base = "/people/" + given.person;
    UUID consent = helpers.helpedBy(carer.id()).get(0).id();

    assertThat(given.pages.open(base + "/helpers/invite", given.lead).getStatus()).isEqualTo(403);
    assertThat(
            given
                .pages
                .post(base + "/helpers/" + consent + "/withdraw", given.lead, Map.of())
                .getStatus())
        .isEqualTo(403);
    assertThat(
            given
                .pages
                .post(base + "/helpers/" + consent + "/withdraw", carer, Map.of())
                .getStatus())
        .isEqualTo(404);
    assertThat(given.currentConsents()).isEqualTo(1);
  }

  @Test
  void aHelperOfSomeoneElseIsAStrangerHere() throws Exception {
    CarerFixtures other = new CarerFixtures(mvc, people, accounts, jdbc, helpers);
    Account carer = other.carerWith(HelperPermission.READ_PLAN);

    assertThat(given.pages.open("/people/" + given.person + "/plan", carer).getStatus())
        .isEqualTo(404);
    assertThat(page(given.pages.open("/helping", carer)).text())
        .contains("Open Test Person's record")
        .doesNotContain(given.person.toString());
  }

  @Test
  void theTeamSeesWhoHelpsAndThePersonSeesTheHelpersLooks() throws Exception {
    Account carer = given.carerWith(HelperPermission.READ_PLAN, HelperPermission.SEE_RESULTS);
    String base = "/people/" + given.person;
    given.pages.open(base + "/plan", carer);

    assertThat(page(given.pages.open(base, given.lead)).text())
        .contains(
            "People who help",
            "Chris Carer",
            "Partner",
            "Read the care plan",
            "See questionnaire results");
    Document log = page(given.pages.open(base + "/access-log", given.patient));
    assertThat(log.text()).contains("Test Carer or helper", "Carer or helper");
  }

  @Test
  void badInvitationLinksGrantNothingAndAreAudited() throws Exception {
    String email = email();
    String used = given.invite(email, "READ_PLAN");
    given.makeAccount(used, TestAccounts.PASSWORD);
    String expired = given.invite(email(), "READ_PLAN");
    jdbc.sql(
            "update carer_invitation set expires_at = now() - interval '1 minute' where person_id = ?"
                + " and used_at is null")
        .param(given.person)
        .update();
    String withdrawnEmail = email();
    String withdrawn = given.invite(withdrawnEmail, "CONVERSATION");
    UUID invitation =
        jdbc.sql("select id from carer_invitation where email = ?")
            .param(withdrawnEmail)
            .query(UUID.class)
            .single();
    given.pages.post(
        "/people/" + given.person + "/helpers/invitations/" + invitation + "/withdraw",
        given.patient,
        Map.of());
    int consents = given.currentConsents();

    for (String token : new String[] {used, expired, withdrawn, "x".repeat(43), "short"}) {
      Document opened = page(given.openLink(token));
      Document posted = page(given.makeAccount(token, TestAccounts.PASSWORD));
      assertThat(opened.select("h1").text()).isEqualTo("This link does not work");
      assertThat(posted.select("h1").text()).isEqualTo("This link does not work");
    }

    assertThat(given.currentConsents()).isEqualTo(consents);
    assertThat(given.accountsWithEmail(withdrawnEmail)).isZero();
    assertThat(given.records.audited(given.person, "carer.invitation-refused", "denied"))
        .isEqualTo(6);
    assertThat(
            jdbc.sql("select count(*) from carer_invitation where token_hash::text like ?")
                .param("%" + used + "%")
                .query(Integer.class)
                .single())
        .as("only the hash is stored")
        .isZero();
  }
}
