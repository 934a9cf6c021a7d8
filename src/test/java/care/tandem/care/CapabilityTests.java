package care.tandem.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.FullApplicationTest;
import care.tandem.care.CapabilityAttempts.Attempt;
import care.tandem.care.CapabilityAttempts.Team;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.system.Capability;
import care.tandem.system.Capability.Holder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The capability table ({@link Capability}) as the application enforces it: every capability done
 * to a record through a page is tried by the person and by each discipline and a service lead on
 * their team, on a fresh record each time. Whoever the table says holds it is let through and the
 * row changes; everyone else gets 403 and the row is as it was.
 */
@FullApplicationTest
class CapabilityTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired People people;

  TestAccounts testAccounts;
  CapabilityAttempts attempts;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    attempts =
        new CapabilityAttempts(
            mvc, jdbc, testAccounts, new CareRecords(testAccounts, people, jdbc, accounts));
  }

  @Test
  void everyoneOnTheTeamCanDoExactlyWhatTheTableSays() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Capability, Attempt> entry : attempts.onTheRecord().entrySet()) {
      Capability capability = entry.getKey();
      Attempt attempt = entry.getValue();
      Team team = attempts.newTeam();
      for (Holder holder : Holder.values()) {
        if (holder == Holder.ADMIN) {
          continue;
        }
        if (attempt.oncePerRecord()) {
          team = attempts.newTeam();
        }
        Object before = attempt.state(team);
        MockHttpServletResponse response = attempt.tryAs(team, team.members().get(holder));
        Object after = attempt.state(team);
        boolean expected = capability.holders().contains(holder);
        int status = response.getStatus();
        String what = capability + " as " + holder + ": ";
        boolean changed = isShowing(before) || !Objects.equals(before, after);
        if (expected && (status >= 400 || !changed)) {
          wrong.add(
              what
                  + "expected allowed, got "
                  + status
                  + ", "
                  + before
                  + " -> "
                  + after
                  + " "
                  + Jsoup.parse(response.getContentAsString())
                      .select(".nhsuk-error-summary")
                      .text());
        } else if (!expected && (status != 403 || !Objects.equals(before, after))) {
          wrong.add(what + "expected 403 with nothing changed, got " + status + ", " + after);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void aVolunteerCannotChangeAnNhsNumberAndIsToldWhoCan() throws Exception {
    Team team = attempts.newTeam();
    Attempt change = attempts.changeNhsNumber();
    Object before = change.state(team);

    MockHttpServletResponse refused = change.tryAs(team, team.members().get(Holder.VOLUNTEER));

    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(change.state(team)).isEqualTo(before);
    Document page = Jsoup.parse(refused.getContentAsString());
    assertThat(page.select("h1").text()).isEqualTo("You cannot do this");
    assertThat(page.text())
        .contains("Only the person whose record it is, a physiotherapist")
        .contains("can change a person's name, date of birth, NHS number and contact details")
        .contains("Nothing has been changed");
    assertThat(refusals(team, "person-details.changed", "CHANGE_IDENTITY_DETAILS")).isEqualTo(1);
  }

  @Test
  void aVolunteerCannotAskForAPhq9AndNothingIsStored() throws Exception {
    Team team = attempts.newTeam();
    Attempt ask = attempts.askForPhq9();

    MockHttpServletResponse refused = ask.tryAs(team, team.members().get(Holder.VOLUNTEER));

    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(ask.state(team)).isEqualTo(0L);
    assertThat(refusals(team, "questionnaire.assigned", "ASK_FOR_QUESTIONNAIRE")).isEqualTo(1);
  }

  @Test
  void pagesOfferAVolunteerOnlyWhatTheyCanDo() throws Exception {
    Team team = attempts.newTeam();
    String record = "/people/" + team.person();

    Document volunteersList = page(record + "/questionnaires", team, Holder.VOLUNTEER);
    Document gpsList = page(record + "/questionnaires", team, Holder.GP);
    Document volunteersRecord = page(record, team, Holder.VOLUNTEER);
    Document gpsRecord = page(record, team, Holder.GP);

    assertThat(volunteersList.text()).doesNotContain("Ask for a questionnaire");
    assertThat(volunteersList.select("a[href=" + record + "/questionnaires/assign]")).isEmpty();
    assertThat(gpsList.select("a[href=" + record + "/questionnaires/assign]")).isNotEmpty();
    assertThat(volunteersRecord.select("a[href=" + record + "/details]")).isEmpty();
    assertThat(gpsRecord.select("a[href=" + record + "/details]")).isNotEmpty();
    assertThat(page(record + "/team", team, Holder.VOLUNTEER).text())
        .doesNotContain("Bring in a colleague");
  }

  @Test
  void someoneOffTheTeamStillGetsNotFoundNotForbidden() throws Exception {
    Team team = attempts.newTeam();
    Account admin = testAccounts.create(Role.ADMIN, null);

    MockHttpServletResponse response = attempts.changeNhsNumber().tryAs(team, admin);

    assertThat(response.getStatus()).isEqualTo(404);
  }

  private static boolean isShowing(Object state) {
    return "nothing changes".equals(state);
  }

  private Document page(String path, Team team, Holder who) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(path).with(SignedInAs.account(team.members().get(who))))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }

  private int refusals(Team team, String action, String capability) {
    return jdbc.sql(
            """
            select count(*) from audit_event where person = ? and action = ? and outcome = 'denied'
              and details ->> 'capability' = ?
            """)
        .params(team.person(), action, capability)
        .query(Integer.class)
        .single();
  }
}
