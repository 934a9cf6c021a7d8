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
class BreakGlassPagesTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  CarePages pages;
  CareRecords records;
  NhsNumber number;
  UUID person;
  Account gp;

  @BeforeEach
  void setUp() {
    pages = new CarePages(mvc);
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    Account physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    number = CareRecords.newNhsNumber();
    person =
        people
            .startCare(
                CareRecords.details(number), "Lead", UUID.randomUUID(), CareRecords.as(physio))
            .id();
    gp = records.practitioner(Discipline.GP);
  }

  private int grants() {
    return jdbc.sql("select count(*) from break_glass_grant where person_id = ?")
        .param(person)
        .query(Integer.class)
        .single();
  }

  @Test
  void opensTheRecordWithAWarningAndListsItForAdminsToReview() throws Exception {
    MockHttpServletResponse opened =
        pages.post(
            "/break-glass",
            gp,
            Map.of("nhsNumber", number.formatted(), "reason", "Collapsed in surgery, need meds"));

    assertThat(opened.getRedirectedUrl()).isEqualTo("/people/" + person);
    Document record = page(pages.open("/people/" + person, gp));
    assertThat(record.select(".nhsuk-card--warning").text())
        .contains("You are using break-glass access");
    assertThat(record.select("a[href$=/details], a[href$=/about-me/edit]")).isEmpty();
    assertThat(pages.open("/people/" + person + "/details", gp).getStatus()).isEqualTo(404);

    Account admin = records.account(Role.ADMIN);
    Document review = page(pages.open("/admin/break-glass", admin));
    assertThat(review.text()).contains("Collapsed in surgery, need meds");
    UUID grant =
        jdbc.sql("select id from break_glass_grant where person_id = ?")
            .param(person)
            .query(UUID.class)
            .single();
    pages.post("/admin/break-glass/" + grant + "/reviewed", admin, Map.of());
    assertThat(page(pages.open("/admin/break-glass", admin)).text())
        .doesNotContain("Collapsed in surgery, need meds");
    assertThat(records.audited(person, "break-glass.reviewed", "success")).isEqualTo(1);
  }

  @Test
  void refusesAnInvalidOrUnknownNhsNumberOrAMissingReason() throws Exception {
    assertThat(
            errors(
                pages.post(
                    "/break-glass", gp, Map.of("nhsNumber", "123", "reason", "An emergency now"))))
        .containsExactly("Enter a valid NHS number, like 943 476 5919");
    assertThat(
            errors(
                pages.post(
                    "/break-glass",
                    gp,
                    Map.of(
                        "nhsNumber",
                        CareRecords.newNhsNumber().digits(),
                        "reason",
                        "An emergency now"))))
        .containsExactly("No record in Tandem has this NHS number");
    assertThat(errors(pages.post("/break-glass", gp, Map.of("nhsNumber", number.digits()))))
        .containsExactly("Enter why you need emergency access to this record");
    assertThat(grants()).isZero();
  }
}
