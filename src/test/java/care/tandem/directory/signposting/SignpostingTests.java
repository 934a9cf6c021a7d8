package care.tandem.directory.signposting;

import static care.tandem.directory.signposting.SignpostingFixture.signpostForm;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.identity.account.Accounts;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signposting a person to a service, by a member of their team or by the person themself. */
@FullApplicationTest
class SignpostingTests {

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  SignpostingFixture given;

  @BeforeEach
  void setUp() {
    given = new SignpostingFixture(accounts, people, jdbc, mvc);
  }

  @Test
  void aTeamMemberChoosesOneOfTheirPeopleAndSaysWhy() throws Exception {
    Document form =
        page(
            given.open(
                given.signpostPath(given.service) + "?person=" + given.person, given.volunteer));
    assertThat(form.select("h1").text()).isEqualTo("Signpost someone to this service");
    assertThat(form.text()).contains(given.serviceName).contains("Test Person");
    assertThat(form.select("input[name=person][value=" + given.person + "]").hasAttr("checked"))
        .isTrue();

    MvcResult sent =
        given.send(
            given.signpostPath(given.service),
            given.volunteer,
            signpostForm(given.person, "A friendly group, walks on Tuesdays", UUID.randomUUID()));

    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(given.signpostsPath());
    assertThat(sent.getFlashMap().get("banner")).isEqualTo("Signposted to " + given.serviceName);
    Map<String, Object> row =
        jdbc.sql(
                "select reason, signposted_by, outcome from directory_signpost where person_id = ?")
            .param(given.person)
            .query()
            .singleRow();
    assertThat(row.get("reason")).isEqualTo("A friendly group, walks on Tuesdays");
    assertThat(row.get("signposted_by")).isEqualTo(given.volunteer.id());
    assertThat(row.get("outcome")).isNull();
    assertThat(given.timelineEntries("directory.signposted")).isEqualTo(1);
    assertThat(given.records.audited(given.person, "signpost.added", "success")).isEqualTo(1);

    Document list = page(given.open(given.signpostsPath(), given.volunteer));
    assertThat(list.select("h2 a[href=/directory/services/" + given.service + "]").text())
        .isEqualTo(given.serviceName);
    assertThat(list.text())
        .contains("A friendly group, walks on Tuesdays")
        .contains("You on ")
        .contains("Not known yet");
    assertThat(list.select("main a[href=/directory]").text()).isEqualTo("Find a service");
    assertThat(list.select("a[href$=/outcome]").text()).startsWith("Record what happened");
    assertThat(list.select("nav.tandem-record-sections a[aria-current=page]").text())
        .isEqualTo("Signposts");
  }

  @Test
  void theServicePageOffersThePersonToAddItToTheirOwnPlan() throws Exception {
    String service = "/directory/services/" + given.service;

    assertThat(page(given.open(service, given.patient)).select("a.nhsuk-button"))
        .anySatisfy(
            button -> {
              assertThat(button.text()).isEqualTo("Add this service to my plan");
              assertThat(button.attr("href")).isEqualTo(given.signpostPath(given.service));
            });
    assertThat(page(given.open(service, given.volunteer)).text())
        .doesNotContain("Add this service to my plan");
  }

  @Test
  void thePersonAddsAServiceToTheirOwnPlan() throws Exception {
    Document form = page(given.open(given.signpostPath(given.service), given.patient));
    assertThat(form.select("h1").text()).isEqualTo("Add this service to your plan");
    assertThat(form.select("input[name=person]")).isEmpty();
    assertThat(form.select("button").text()).contains("Add this to my plan");

    MvcResult sent =
        given.send(
            given.signpostPath(given.service),
            given.patient,
            Map.of(
                "reason",
                "I want to get out more",
                "idempotencyKey",
                UUID.randomUUID().toString()));

    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(given.signpostsPath());
    assertThat(sent.getFlashMap().get("banner")).isEqualTo("Added to your plan");
    assertThat(
            jdbc.sql("select signposted_by from directory_signpost where person_id = ?")
                .param(given.person)
                .query(UUID.class)
                .single())
        .isEqualTo(given.patient.id());
  }

  @Test
  void aPersonCannotSignpostSomeoneElse() throws Exception {
    UUID other = given.records.personCaredForBy(given.stranger);
    given.send(
        given.signpostPath(given.service),
        given.patient,
        signpostForm(other, "Trying another record", UUID.randomUUID()));
    assertThat(given.count("select count(*) from directory_signpost where person_id = ?", other))
        .isZero();
    assertThat(given.signpostsOfPerson()).isEqualTo(1);
  }

  @Test
  void someoneOffTheTeamGetsNotFoundAndNothingIsStored() throws Exception {
    Document form = page(given.open(given.signpostPath(given.service), given.stranger));
    assertThat(form.select("input[name=person][value=" + given.person + "]")).isEmpty();

    MvcResult sent =
        given.send(
            given.signpostPath(given.service),
            given.stranger,
            signpostForm(given.person, "Not my person", UUID.randomUUID()));

    assertThat(sent.getResponse().getStatus()).isEqualTo(404);
    assertThat(given.signpostsOfPerson()).isZero();
    assertThat(given.records.audited(given.person, "signpost.added", "denied")).isEqualTo(1);
    assertThat(given.open(given.signpostsPath(), given.stranger).getResponse().getStatus())
        .isEqualTo(404);
  }

  @Test
  void aDoubleSubmitStoresOneSignpost() throws Exception {
    UUID key = UUID.randomUUID();
    for (int submit = 0; submit < 2; submit++) {
      MvcResult sent =
          given.send(
              given.signpostPath(given.service),
              given.volunteer,
              signpostForm(given.person, "Peer support nearby", key));
      assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(given.signpostsPath());
    }
    assertThat(given.signpostsOfPerson()).isEqualTo(1);
    assertThat(given.timelineEntries("directory.signposted")).isEqualTo(1);
  }

  @Test
  void noOneChosenAndNoReasonShowTheErrorsAndStoreNothing() throws Exception {
    MvcResult sent =
        given.send(
            given.signpostPath(given.service),
            given.volunteer,
            Map.of("reason", "  ", "idempotencyKey", UUID.randomUUID().toString()));
    Document page = page(sent);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").eachText())
        .containsExactly("Select who you are signposting", "Enter why this service might help");
    assertThat(page.select(".nhsuk-error-summary a").eachAttr("href"))
        .containsExactly("#person", "#reason");
    assertThat(given.signpostsOfPerson()).isZero();
  }

  @Test
  void anUnknownServiceIsNotFound() throws Exception {
    String path = given.signpostPath(UUID.randomUUID());
    assertThat(given.open(path, given.volunteer).getResponse().getStatus()).isEqualTo(404);
    assertThat(
            given
                .open("/directory/services/nonsense/signpost", given.volunteer)
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void hostileTextInTheReasonIsShownAsText() throws Exception {
    given.send(
        given.signpostPath(given.service),
        given.volunteer,
        signpostForm(given.person, "<script>alert(1)</script>", UUID.randomUUID()));
    MvcResult list = given.open(given.signpostsPath(), given.patient);
    assertThat(list.getResponse().getContentAsString()).doesNotContain("<script>alert(1)");
    assertThat(page(list).text()).contains("<script>alert(1)</script>");
  }

  static Document page(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(page.select("h1")).hasSize(1);
    return page;
  }
}
