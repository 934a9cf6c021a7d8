package care.tandem.plan.flareup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The flare-up plan over MockMvc: the person writes it, the team reads it and prints the card, a
 * stale edit is shown beside the saved plan and overwrites nothing, a double submit saves one
 * version, bad input stores nothing, and nobody off the team sees it.
 */
@FullApplicationTest
class FlareUpPlanTests {

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  CareRecords records;
  Account physio;
  Account patient;
  UUID person;
  String plan;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    patient = records.account(Role.PATIENT);
    person = records.personCaredForBy(physio);
    records.link(person, patient);
    plan = "/people/" + person + "/plan/flare-up";
  }

  @Test
  void thePersonWritesThePlanAndTheTeamReadsAndPrintsIt() throws Exception {
    Map<String, String> fields =
        form(
            patient,
            Map.of(
                "earlySigns", "Sleeping badly\n\n  Snapping at people ",
                "whoToContact", "Pain clinic nurse 01632 960123"));

    MockHttpServletResponse saved = send(patient, fields);
    send(patient, fields);

    assertThat(saved.getRedirectedUrl()).isEqualTo(plan);
    assertThat(versions()).isEqualTo(1);
    Document page = page(plan, physio);
    assertThat(page.select("#earlySigns-list + ul li").eachText())
        .containsExactly("Sleeping badly", "Snapping at people");
    assertThat(page.text()).contains("Pain clinic nurse 01632 960123", "Version 1");
    Document card = page(plan + "?print=card", physio);
    assertThat(card.select("h1").text()).isEqualTo("Flare-up plan for Test Person");
    assertThat(card.select(".tandem-flare-card .tandem-flare-card__part")).hasSize(4);
    assertThat(card.select(".tandem-flare-card a")).isEmpty();
    assertThat(page("/people/" + person + "/plan", patient).select("a[href=" + plan + "]"))
        .isNotEmpty();
  }

  @Test
  void aStaleEditShowsTheSavedPlanAndOverwritesNothing() throws Exception {
    Map<String, String> fromPhysio = form(physio, Map.of("whatHelps", "Heat pad"));
    Map<String, String> fromPerson = form(patient, Map.of("whatHelps", "A short walk"));
    send(patient, fromPerson);

    MockHttpServletResponse stale = send(physio, fromPhysio);

    assertThat(stale.getStatus()).isEqualTo(200);
    Document page = Jsoup.parse(stale.getContentAsString());
    assertThat(page.select(".nhsuk-card--warning").text())
        .contains("Someone else saved the plan first", "A short walk");
    assertThat(page.select("textarea[name=whatHelps]").text()).isEqualTo("Heat pad");
    assertThat(versions()).isEqualTo(1);
    assertThat(page("/people/" + person + "/plan/flare-up", physio).text())
        .contains("A short walk")
        .doesNotContain("Heat pad");

    MockHttpServletResponse again = send(physio, fieldsOf(page));

    assertThat(again.getStatus()).isEqualTo(302);
    assertThat(versions()).isEqualTo(2);
    assertThat(page(plan, patient).text()).contains("Heat pad", "Version 2");
  }

  @Test
  void explainsWhatIsWrongAndStoresNothing() throws Exception {
    Map<Map<String, String>, String> cases = new LinkedHashMap<>();
    cases.put(Map.of(), "Enter at least one line in any part of the plan");
    cases.put(
        Map.of(
            "whatToAvoid", String.join("\n", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"))),
        "What to avoid can have up to 8 lines");
    cases.put(
        Map.of("earlySigns", "x".repeat(151)),
        "Each line of early signs must be 150 characters or fewer");

    for (var bad : cases.entrySet()) {
      MockHttpServletResponse response = send(physio, form(physio, bad.getKey()));

      assertThat(response.getStatus()).isEqualTo(200);
      Document page = Jsoup.parse(response.getContentAsString());
      assertThat(page.title()).startsWith("Error: ");
      assertThat(page.select(".nhsuk-error-summary").text()).contains(bad.getValue());
    }
    assertThat(versions()).isZero();
  }

  @Test
  void nobodyOffTheTeamSeesOrChangesThePlan() throws Exception {
    send(patient, form(patient, Map.of("earlySigns", "Sleeping badly")));
    Account offTeam = records.practitioner(Discipline.GP);
    Map<String, String> fields = form(physio, Map.of("earlySigns", "Changed by a stranger"));

    assertThat(open(plan, offTeam).getStatus()).isEqualTo(404);
    assertThat(open(plan + "?print=card", offTeam).getStatus()).isEqualTo(404);
    assertThat(open(plan + "/edit", offTeam).getStatus()).isEqualTo(404);
    assertThat(send(offTeam, fields).getStatus()).isEqualTo(404);
    assertThat(versions()).isEqualTo(1);
    assertThat(records.audited(person, "care-plan.viewed", "denied")).isEqualTo(1);
  }

  /** The edit form as the page fills it in, with changes applied: what a browser would send. */
  private Map<String, String> form(Account as, Map<String, String> changes) throws Exception {
    Map<String, String> fields = fieldsOf(page(plan + "/edit", as));
    fields.putAll(changes);
    return fields;
  }

  private static Map<String, String> fieldsOf(Document page) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input :
        page.select("form[action$=/flare-up/edit] input, form[action$=/flare-up/edit] textarea")) {
      if (!input.attr("name").equals("_csrf") && !input.attr("name").isEmpty()) {
        fields.put(input.attr("name"), input.val());
      }
    }
    return fields;
  }

  private MockHttpServletResponse send(Account as, Map<String, String> fields) throws Exception {
    MockHttpServletRequestBuilder request =
        post(plan + "/edit").with(csrf()).with(SignedInAs.account(as));
    fields.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }

  private MockHttpServletResponse open(String path, Account as) throws Exception {
    return mvc.perform(get(path).with(SignedInAs.account(as))).andReturn().getResponse();
  }

  private Document page(String path, Account as) throws Exception {
    MockHttpServletResponse response = open(path, as);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }

  private int versions() {
    return jdbc.sql("select count(*) from plan_flare_up_version where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }
}
