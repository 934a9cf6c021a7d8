package care.tandem.care;

import static care.tandem.care.CarePages.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A helper with the "help answer" permission answers a questionnaire with the person: the answers
 * are marked as given with their help, and a worrying answer gets exactly the crisis support and
 * alert it gets when the person answers alone.
 */
@FullApplicationTest
class CarerHelpAnsweringTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Helpers helpers;

  CarerFixtures given;
  String base;

  @BeforeEach
  void setUp() {
    given = new CarerFixtures(mvc, people, accounts, jdbc, helpers);
    base = "/people/" + given.person + "/questionnaires/phq-9";
  }

  @Test
  void aWorryingAnswerGivenWithHelpShowsCrisisSupportRaisesTheAlertAndIsMarked() throws Exception {
    Account carer = given.carerWith(HelperPermission.HELP_ANSWER, HelperPermission.SEE_RESULTS);

    MockHttpServletResponse started =
        given.pages.post(base + "/start", carer, Map.of("layout", "one-per-page"));
    String question9 = started.getRedirectedUrl().replace("/questions/1", "/questions/9");
    MockHttpServletResponse answered = given.pages.post(question9, carer, Map.of("answer", "2"));

    assertThat(answered.getStatus()).isEqualTo(200);
    assertThat(page(answered).text()).contains("116 123", "NHS 111", "85258");
    UUID response =
        jdbc.sql("select id from measures_response where person_id = ?")
            .param(given.person)
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql("select count(*) from measures_alert where response_id = ?")
                .param(response)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select helped_by from measures_response where id = ?")
                .param(response)
                .query(UUID.class)
                .single())
        .isEqualTo(carer.id());
  }

  @Test
  void withoutThePermissionTheQuestionnairesAreNotFoundAndNothingStarts() throws Exception {
    Account carer = given.carerWith(HelperPermission.READ_PLAN, HelperPermission.SEE_RESULTS);

    MockHttpServletResponse list = given.pages.open(base.replace("/phq-9", ""), carer);
    MockHttpServletResponse start =
        given.pages.post(base + "/start", carer, Map.of("layout", "one-per-page"));

    assertThat(list.getStatus()).isEqualTo(404);
    assertThat(start.getStatus()).isEqualTo(404);
    assertThat(
            jdbc.sql("select count(*) from measures_response where person_id = ?")
                .param(given.person)
                .query(Integer.class)
                .single())
        .isZero();
    assertThat(given.pages.open("/people/" + given.person + "/results", carer).getStatus())
        .isEqualTo(200);
  }
}
