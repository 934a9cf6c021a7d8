package care.tandem.learning.checkins;

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
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Check-ins over MockMvc: the person checks in once however often the form is sent, the team sees
 * it on the timeline (without the words) and the trend, bad input is explained and stores nothing,
 * and nobody off the team sees any of it.
 */
@FullApplicationTest
class CheckInTests {

  private static final String FORM = "/my-record/check-in";

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  CareRecords records;
  Account physio;
  Account patient;
  UUID person;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    patient = records.account(Role.PATIENT);
    person = records.personCaredForBy(physio);
    records.link(person, patient);
  }

  @Test
  void storesOneCheckInWhenTheFormIsSentTwiceAndSharesItWithoutTheWords() throws Exception {
    Map<String, String> fields = fields(Map.of("pain", "7", "mood", "3", "words", "Bad night"));

    MockHttpServletResponse first = send(fields);
    MockHttpServletResponse second = send(fields);

    assertThat(first.getStatus()).isEqualTo(302);
    assertThat(first.getRedirectedUrl()).isEqualTo("/people/" + person + "/check-ins");
    assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
    assertThat(stored()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select pain || ' ' || mood || ' ' || words from learning_check_in where"
                        + " person_id = ?")
                .param(person)
                .query(String.class)
                .single())
        .isEqualTo("7 3 Bad night");
    List<String> titles = timelineTitles();
    assertThat(titles).containsExactly("Pain and mood check-in");
    assertThat(records.audited(person, "check-in.recorded", "success")).isEqualTo(2);
  }

  @Test
  void explainsEachBadAnswerAndStoresNothing() throws Exception {
    Map<Map<String, String>, String> cases = new LinkedHashMap<>();
    cases.put(Map.of("mood", "5"), "Select how much pain you have had today, from 0 to 10");
    cases.put(Map.of("pain", "11", "mood", "5"), "Select how much pain you have had today");
    cases.put(Map.of("pain", "4", "mood", "-1"), "Select how your mood has been today");
    cases.put(Map.of("pain", "four", "mood", "5"), "Select how much pain you have had today");
    cases.put(
        Map.of("pain", "4", "mood", "5", "words", "x".repeat(501)),
        "Your words must be 500 characters or fewer");

    for (var bad : cases.entrySet()) {
      MockHttpServletResponse response = send(fields(bad.getKey()));

      assertThat(response.getStatus()).as(bad.getKey().toString()).isEqualTo(200);
      Document page = Jsoup.parse(response.getContentAsString());
      assertThat(page.title()).startsWith("Error: ");
      assertThat(page.select(".nhsuk-error-summary").text()).contains(bad.getValue());
    }
    assertThat(stored()).isZero();
    MockHttpServletResponse noKey =
        mvc.perform(
                post(FORM)
                    .with(csrf())
                    .with(SignedInAs.account(patient))
                    .param("pain", "3")
                    .param("mood", "3"))
            .andReturn()
            .getResponse();
    assertThat(noKey.getStatus()).isEqualTo(400);
    assertThat(stored()).isZero();
  }

  @Test
  void showsTheTrendToThePersonAndTheTeamAndSaysWhenItIsRead() throws Exception {
    send(fields(Map.of("pain", "6", "mood", "4")));
    send(fields(Map.of("pain", "4", "mood", "6", "words", "Walked to the shop")));

    Document forTeam = page("/people/" + person + "/check-ins", physio);
    Document forPerson = page("/people/" + person + "/check-ins", patient);
    Document form = page(FORM, patient);

    assertThat(forTeam.select("svg title").text()).contains("Pain and mood");
    assertThat(forTeam.select("table tbody tr")).hasSize(2);
    assertThat(forTeam.select("table tbody tr").first().text())
        .contains("4 out of 10", "6 out of 10", "Walked to the shop");
    assertThat(forPerson.select("a[href=" + FORM + "]")).isNotEmpty();
    assertThat(forTeam.select("a[href=" + FORM + "]")).isEmpty();
    assertThat(form.text())
        .contains("does not read check-ins straight away", "116 123", "NHS 111", "999");
    assertThat(form.select("input[name=pain][type=radio]")).hasSize(11);
    assertThat(form.select("label[for=pain]").text()).isEqualTo("0 – no pain");
    assertThat(form.text()).contains("10 – worst pain you can imagine", "10 – very good");
  }

  @Test
  void nobodyOffTheTeamSeesTheCheckInsAndNoOneButThePersonChecksIn() throws Exception {
    send(fields(Map.of("pain", "6", "mood", "4")));
    Account offTeam = records.practitioner(Discipline.GP);

    MockHttpServletResponse trend = open("/people/" + person + "/check-ins", offTeam);
    MockHttpServletResponse staffForm = open(FORM, physio);

    assertThat(trend.getStatus()).isEqualTo(404);
    assertThat(trend.getContentAsString()).doesNotContain("out of 10");
    assertThat(records.audited(person, "check-ins.viewed", "denied")).isEqualTo(1);
    assertThat(staffForm.getStatus()).isEqualTo(404);
  }

  private Map<String, String> fields(Map<String, String> answers) throws Exception {
    Document form = page(FORM, patient);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idempotencyKey", form.select("input[name=idempotencyKey]").val());
    fields.putAll(answers);
    return fields;
  }

  private MockHttpServletResponse send(Map<String, String> fields) throws Exception {
    MockHttpServletRequestBuilder request =
        post(FORM).with(csrf()).with(SignedInAs.account(patient));
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

  private int stored() {
    return jdbc.sql("select count(*) from learning_check_in where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }

  /** The timeline entry is added after the check-in commits, by a listener: wait for it. */
  private List<String> timelineTitles() throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      List<String> titles =
          jdbc.sql(
                  "select title from care_timeline_entry where person_id = ? and kind ="
                      + " 'learning.check-in'")
              .param(person)
              .query(String.class)
              .list();
      if (!titles.isEmpty() || Instant.now().isAfter(until)) {
        return titles;
      }
      Thread.sleep(50);
    }
  }
}
