package care.tandem.measures.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.measures.Instruments;
import care.tandem.measures.Scorer;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What the results page tests share: a person, their physio, their own account, and pages. */
abstract class ResultsPageFixture {

  static final LocalDate MARCH = LocalDate.of(2026, 3, 3);

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Instruments instruments;
  @Autowired Scorer scorer;

  CareRecords records;
  StoredResults stored;
  Account physio;
  Account patient;
  UUID person;

  @BeforeEach
  void setUp() {
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    stored = new StoredResults(jdbc, instruments, scorer);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
    person = records.personCaredForBy(physio);
    patient = records.account(Role.PATIENT);
    records.link(person, patient);
  }

  List<String> rows(Document page) {
    return page.select("table tbody tr").stream()
        .map(row -> String.join(" | ", row.select("th, td").eachText()))
        .toList();
  }

  List<String> change(Document page) {
    return page.select("#change .nhsuk-summary-list__row").stream()
        .map(row -> row.selectFirst("dt").text() + ": " + row.selectFirst("dd").text())
        .toList();
  }

  MockHttpServletResponse response(Account viewer, String path) throws Exception {
    return mvc.perform(get("/people/" + person + path).with(SignedInAs.account(viewer)))
        .andReturn()
        .getResponse();
  }

  Document open(Account viewer, String path) throws Exception {
    MockHttpServletResponse response = response(viewer, path);
    assertThat(response.getStatus()).as(path).isEqualTo(200);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.select("h1")).hasSize(1);
    // Cells read as a screen reader reads them: without the headings a phone shows in each cell.
    page.select(".nhsuk-table__heading[aria-hidden=true]").remove();
    return page;
  }
}
