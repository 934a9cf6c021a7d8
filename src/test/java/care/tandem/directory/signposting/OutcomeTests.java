package care.tandem.directory.signposting;

import static care.tandem.directory.signposting.SignpostingFixture.outcomeForm;
import static care.tandem.directory.signposting.SignpostingTests.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.identity.account.Accounts;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Recording what came of a signpost: by the person or their team, checked, never overwritten. */
@FullApplicationTest
class OutcomeTests {

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  SignpostingFixture given;
  UUID signpost;
  String path;

  @BeforeEach
  void setUp() throws Exception {
    given = new SignpostingFixture(accounts, people, jdbc, mvc);
    signpost = given.signposted(given.service, "Peer support on Tuesdays");
    path = given.outcomePath(signpost);
  }

  @Test
  void thePersonRecordsThatItHelped() throws Exception {
    Document form = page(given.open(path, given.patient));
    assertThat(form.select("h1").text()).isEqualTo("What happened with " + given.serviceName + "?");
    assertThat(form.select("input[name=outcome]").eachAttr("value"))
        .containsExactly(
            "contacted", "waiting", "attending", "not-suitable", "helped", "did-not-help");
    assertThat(form.select("label[for=outcome-5]").text()).isEqualTo("It helped");
    assertThat(form.select("input[name=version]").val()).isEqualTo("0");

    MvcResult sent =
        given.send(path, given.patient, outcomeForm("helped", "", 0, UUID.randomUUID()));

    assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(given.signpostsPath());
    assertThat(latest()).containsEntry("outcome", "helped").containsEntry("version", 1);
    assertThat(latest().get("outcome_at")).isNotNull();
    assertThat(outcomes()).isEqualTo(1);
    assertThat(given.timelineEntries("directory.signpost-outcome")).isEqualTo(1);
    assertThat(given.records.audited(given.person, "signpost.outcome-recorded", "success"))
        .isEqualTo(1);
    Document list = page(given.open(given.signpostsPath(), given.volunteer));
    assertThat(list.select(".nhsuk-tag").text()).contains("It helped");
    assertThat(list.text()).contains("It helped: Test Person receiving care on ");
  }

  @Test
  void aTeamMemberRecordsOutcomesAndEachIsKept() throws Exception {
    given.send(path, given.volunteer, outcomeForm("contacted", "", 0, UUID.randomUUID()));
    given.send(path, given.volunteer, outcomeForm("attending", "", 1, UUID.randomUUID()));
    assertThat(latest()).containsEntry("outcome", "attending").containsEntry("version", 2);
    assertThat(outcomes()).isEqualTo(2);
    Document list = page(given.open(given.signpostsPath(), given.patient));
    assertThat(list.select("li").eachText())
        .anyMatch(text -> text.startsWith("Got in touch:"))
        .anyMatch(text -> text.startsWith("Going to it:"));
  }

  @Test
  void notSuitableWithoutAReasonIsAnErrorAndChangesNothing() throws Exception {
    MvcResult sent =
        given.send(path, given.patient, outcomeForm("not-suitable", " ", 0, UUID.randomUUID()));
    Document page = page(sent);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").eachText())
        .containsExactly("Enter why it was not suitable");
    assertThat(page.select(".nhsuk-error-summary a").attr("href")).isEqualTo("#whyNotSuitable");
    assertThat(page.select("#conditional-outcome-4").hasClass("nhsuk-radios__conditional--hidden"))
        .isFalse();
    assertThat(latest()).containsEntry("version", 0);
    assertThat(latest().get("outcome")).isNull();
    assertThat(outcomes()).isZero();
  }

  @Test
  void notSuitableKeepsWhyAsTheNote() throws Exception {
    Map<String, String> form =
        outcomeForm("not-suitable", "Too far on the bus", 0, UUID.randomUUID());
    form.put("note", "Would try an online group");
    given.send(path, given.patient, form);
    assertThat(latest()).containsEntry("outcome", "not-suitable");
    assertThat(
            jdbc.sql("select note from directory_signpost_outcome where signpost_id = ?")
                .param(signpost)
                .query(String.class)
                .single())
        .isEqualTo("Too far on the bus\nWould try an online group");
  }

  @Test
  void noOutcomeChosenIsAnError() throws Exception {
    MvcResult sent = given.send(path, given.patient, outcomeForm("", "", 0, UUID.randomUUID()));
    assertThat(page(sent).select(".nhsuk-error-summary a").eachText())
        .containsExactly("Select what happened");
    assertThat(outcomes()).isZero();
  }

  @Test
  void aStaleVersionShowsTheOtherAnswerAndOverwritesNothing() throws Exception {
    given.send(path, given.volunteer, outcomeForm("waiting", "", 0, UUID.randomUUID()));

    MvcResult late =
        given.send(path, given.patient, outcomeForm("helped", "", 0, UUID.randomUUID()));

    Document page = page(late);
    assertThat(page.text())
        .contains("Someone else saved an answer first")
        .contains("Waiting to hear back or to start");
    assertThat(page.select("input[name=version]").val()).isEqualTo("1");
    assertThat(page.select("input[name=outcome][value=helped]").hasAttr("checked")).isTrue();
    assertThat(latest()).containsEntry("outcome", "waiting").containsEntry("version", 1);
    assertThat(outcomes()).isEqualTo(1);
  }

  @Test
  void aDoubleSubmitStoresOneOutcome() throws Exception {
    UUID key = UUID.randomUUID();
    for (int submit = 0; submit < 2; submit++) {
      MvcResult sent = given.send(path, given.patient, outcomeForm("helped", "", 0, key));
      assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(given.signpostsPath());
    }
    assertThat(outcomes()).isEqualTo(1);
    assertThat(latest()).containsEntry("version", 1);
  }

  @Test
  void someoneOffTheTeamGetsNotFoundAndChangesNothing() throws Exception {
    assertThat(given.open(path, given.stranger).getResponse().getStatus()).isEqualTo(404);
    MvcResult sent =
        given.send(path, given.stranger, outcomeForm("helped", "", 0, UUID.randomUUID()));
    assertThat(sent.getResponse().getStatus()).isEqualTo(404);
    assertThat(outcomes()).isZero();
  }

  @Test
  void anotherPersonsSignpostIsNotFound() throws Exception {
    UUID other = given.records.personCaredForBy(given.volunteer);
    String wrong = "/people/" + other + "/signposts/" + signpost + "/outcome";
    assertThat(given.open(wrong, given.volunteer).getResponse().getStatus()).isEqualTo(404);
    MvcResult sent =
        given.send(wrong, given.volunteer, outcomeForm("helped", "", 0, UUID.randomUUID()));
    assertThat(sent.getResponse().getStatus()).isEqualTo(404);
    assertThat(outcomes()).isZero();
  }

  private Map<String, Object> latest() {
    return jdbc.sql("select outcome, outcome_at, version from directory_signpost where id = ?")
        .param(signpost)
        .query()
        .singleRow();
  }

  private int outcomes() {
    return given.count(
        "select count(*) from directory_signpost_outcome where signpost_id = ?", signpost);
  }
}
