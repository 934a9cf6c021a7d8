package care.tandem.care;

import static care.tandem.care.CarePages.errors;
import static care.tandem.care.CarePages.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@FullApplicationTest
class TeamPagesTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired CareAccess access;

  CarePages pages;
  CareRecords records;
  Account physio;
  UUID person;
  UUID service;
  Account colleague;

  @BeforeEach
  void setUp() {
    pages = new CarePages(mvc);
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc, accounts);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    person = records.personCaredForBy(physio);
    service = records.newService();
    colleague = records.practitionerIn(service, Discipline.MENTAL_HEALTH_PRACTITIONER);
  }

  private UUID bringIn() throws Exception {
    MockHttpServletResponse sent =
        pages.post(
            "/people/" + person + "/team/bring-in",
            physio,
            Map.of(
                "choice", service.toString(),
                "question", "Could you help with low mood?",
                "idempotencyKey", UUID.randomUUID().toString()));
    assertThat(sent.getRedirectedUrl()).isEqualTo("/people/" + person + "/team");
    return jdbc.sql("select id from team_request where person_id = ?")
        .param(person)
        .query(UUID.class)
        .single();
  }

  @Test
  void aColleagueBroughtInAcceptsJoinsAndCanOpenTheRecord() throws Exception {
    UUID request = bringIn();
    assertThat(access.canSee(person, CareRecords.as(colleague))).isFalse();

    Document waiting = page(pages.open("/team-requests", colleague));
    assertThat(waiting.text()).contains("Could you help with low mood?");
    Document decision = page(pages.open("/team-requests/" + request, colleague));
    assertThat(decision.select("h1").text()).isEqualTo("Test Person");

    MockHttpServletResponse accepted =
        pages.post(
            "/team-requests/" + request + "/accept",
            colleague,
            Map.of("joining", colleague.id().toString()));

    assertThat(accepted.getRedirectedUrl()).isEqualTo("/team-requests");
    assertThat(access.canSee(person, CareRecords.as(colleague))).isTrue();
    Document team = page(pages.open("/people/" + person + "/team", physio));
    assertThat(team.text()).contains(colleague.displayName(), "Accepted by", "joined the team");
  }

  @Test
  void aDeclineNeedsAReasonThatTheTeamAndPersonThenSee() throws Exception {
    UUID request = bringIn();
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);

    assertThat(errors(pages.post("/team-requests/" + request + "/decline", colleague, Map.of())))
        .containsExactly("Enter why you are declining");
    pages.post(
        "/team-requests/" + request + "/decline",
        colleague,
        Map.of("reason", "We only see people registered in Westshire"));

    assertThat(page(pages.open("/people/" + person + "/team", patient)).text())
        .contains("Declined by", "We only see people registered in Westshire");
    assertThat(access.canSee(person, CareRecords.as(colleague))).isFalse();
  }

  @Test
  void practitionersOutsideTheServiceCannotSeeOrAnswerTheRequest() throws Exception {
    UUID request = bringIn();
    Account outsider = records.practitioner(Discipline.GP);

    assertThat(pages.open("/team-requests/" + request, outsider).getStatus()).isEqualTo(404);
    assertThat(
            pages
                .post(
                    "/team-requests/" + request + "/accept",
                    outsider,
                    Map.of("joining", outsider.id().toString()))
                .getStatus())
        .isEqualTo(404);
    assertThat(access.canSee(person, CareRecords.as(outsider))).isFalse();
  }

  @Test
  void acceptingMustNameSomeoneWhoWorksInTheService() throws Exception {
    UUID request = bringIn();
    Account outsider = records.practitioner(Discipline.GP);

    MockHttpServletResponse response =
        pages.post(
            "/team-requests/" + request + "/accept",
            colleague,
            Map.of("joining", outsider.id().toString()));

    assertThat(errors(response)).containsExactly("Select who will join the care team");
    assertThat(access.canSee(person, CareRecords.as(outsider))).isFalse();
  }

  @Test
  void aForgedServiceInTheFormIsRefusedAndNothingIsSent() throws Exception {
    MockHttpServletResponse response =
        pages.post(
            "/people/" + person + "/team/bring-in",
            physio,
            Map.of(
                "choice", UUID.randomUUID().toString(),
                "question", "Hello",
                "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(errors(response)).containsExactly("Select a service");
    assertThat(
            jdbc.sql("select count(*) from team_request where person_id = ?")
                .param(person)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void thePersonInvitesAPractitionerWhoAcceptsAndJoins() throws Exception {
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);

    pages.post(
        "/people/" + person + "/team/invite",
        patient,
        Map.of(
            "choice", colleague.id().toString(),
            "question", "My GP suggested you",
            "idempotencyKey", UUID.randomUUID().toString()));
    UUID request =
        jdbc.sql("select id from team_request where person_id = ?")
            .param(person)
            .query(UUID.class)
            .single();
    pages.post("/team-requests/" + request + "/accept", colleague, Map.of());

    assertThat(access.canSee(person, CareRecords.as(colleague))).isTrue();
  }

  @Test
  void thePersonAsksForAMemberToBeRemovedAndTheLeadAgrees() throws Exception {
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);
    UUID request = bringIn();
    pages.post(
        "/team-requests/" + request + "/accept",
        colleague,
        Map.of("joining", colleague.id().toString()));
    UUID member =
        jdbc.sql("select id from care_team_member where person_id = ? and account_id = ?")
            .params(person, colleague.id())
            .query(UUID.class)
            .single();

    pages.post(
        "/people/" + person + "/team/members/" + member + "/remove-request",
        patient,
        Map.of("question", "We do not get on", "idempotencyKey", UUID.randomUUID().toString()));
    UUID removal =
        jdbc.sql("select id from team_request where kind = 'REMOVE_MEMBER' and person_id = ?")
            .param(person)
            .query(UUID.class)
            .single();
    pages.post("/team-requests/" + removal + "/accept", physio, Map.of());

    assertThat(access.canSee(person, CareRecords.as(colleague))).isFalse();
    assertThat(page(pages.open("/people/" + person + "/team", patient)).text())
        .contains("Who was on the team before", colleague.displayName());
  }

  @Test
  void onlyThePersonInvitesAndOnlyTeamMembersBringIn() throws Exception {
    Account patient = records.account(Role.PATIENT);
    records.link(person, patient);

    assertThat(pages.open("/people/" + person + "/team/invite", physio).getStatus()).isEqualTo(403);
    assertThat(pages.open("/people/" + person + "/team/bring-in", patient).getStatus())
        .isEqualTo(403);
  }

  @Test
  void aMemberWhoLeavesLosesAccess() throws Exception {
    UUID member =
        jdbc.sql("select id from care_team_member where person_id = ?")
            .param(person)
            .query(UUID.class)
            .single();

    MockHttpServletResponse left =
        pages.post("/people/" + person + "/team/members/" + member + "/leave", physio, Map.of());

    assertThat(left.getRedirectedUrl()).isEqualTo("/people");
    assertThat(pages.open("/people/" + person, physio).getStatus()).isEqualTo(404);
  }
}
