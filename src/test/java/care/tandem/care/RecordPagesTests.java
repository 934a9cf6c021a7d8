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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
class RecordPagesTests {

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  CarePages pages;
  CareRecords records;
  Account physio;

  @BeforeEach
  void setUp() {
    pages = new CarePages(mvc);
    records = new CareRecords(new TestAccounts(accounts, jdbc), people, jdbc);
    physio = records.practitioner(Discipline.PHYSIOTHERAPIST);
  }

  static Map<String, Object> person(String nhsNumber) {
    Map<String, Object> form = new HashMap<>();
    form.put("givenName", "Robin");
    form.put("familyName", "Hartley");
    form.put("preferredName", "");
    form.put("dateOfBirthDay", "4");
    form.put("dateOfBirthMonth", "7");
    form.put("dateOfBirthYear", "1979");
    form.put("nhsNumber", nhsNumber);
    form.put("email", "robin@example.org");
    form.put("phone", "07700 900111");
    form.put("contactMethods", List.of("EMAIL", "PHONE"));
    form.put("contactTimes", "Mornings");
    form.put("version", "0");
    form.put("idempotencyKey", UUID.randomUUID().toString());
    return form;
  }

  private UUID added(MockHttpServletResponse response) {
    assertThat(response.getStatus()).isEqualTo(302);
    return UUID.fromString(response.getRedirectedUrl().substring("/people/".length()));
  }

  /** The records this test's practitioner has added (other tests add people at the same time). */
  private int peopleCount() {
    return jdbc.sql("select count(*) from person where created_by = ?")
        .param(physio.id())
        .query(Integer.class)
        .single();
  }

  @Test
  void aPractitionerAddsAPersonAndLeadsTheirTeam() throws Exception {
    UUID id = added(pages.post("/people/new", physio, person("")));

    Document record = page(pages.open("/people/" + id, physio));
    assertThat(record.select("h1").text()).isEqualTo("Care record");
    assertThat(record.text()).contains("Robin Hartley", "4 July 1979", "Email, Phone call");
    assertThat(page(pages.open("/people", physio)).select("tbody a").eachText())
        .containsExactly("Robin Hartley");
  }

  @Test
  void theRecordsTabsLeadToEverySectionIncludingThePlanAndTheConversation() throws Exception {
    UUID id = added(pages.post("/people/new", physio, person("")));

    Document record = page(pages.open("/people/" + id, physio));
    assertThat(record.select(".tandem-record-sections a").eachText())
        .containsSubsequence(
            "Overview",
            "Care plan",
            "Conversation",
            "About me",
            "Care team",
            "Timeline",
            "Questionnaires",
            "Results",
            "Signposts");
    assertThat(record.select(".tandem-record-sections a").eachAttr("href"))
        .contains("/people/" + id + "/plan", "/people/" + id + "/conversation");
  }

  @Test
  void addingTheSamePersonTwiceStoresThemOnce() throws Exception {
    Map<String, Object> form = person("");
    UUID first = added(pages.post("/people/new", physio, form));
    int count = peopleCount();

    assertThat(added(pages.post("/people/new", physio, form))).isEqualTo(first);
    assertThat(peopleCount()).isEqualTo(count);
  }

  @Test
  void refusesAnNhsNumberAnotherRecordHas() throws Exception {
    String number = CareRecords.newNhsNumber().formatted();
    added(pages.post("/people/new", physio, person(number)));
    int count = peopleCount();

    MockHttpServletResponse again = pages.post("/people/new", physio, person(number));

    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(errors(again))
        .containsExactly(
            "Someone with this NHS number already has a record. Ask their care team to bring you in");
    assertThat(peopleCount()).isEqualTo(count);
  }

  @Test
  void refusesAnNhsNumberWithTheWrongCheckDigit() throws Exception {
    int count = peopleCount();
    MockHttpServletResponse response = pages.post("/people/new", physio, person("943 476 5918"));

    assertThat(errors(response)).containsExactly("Enter a valid NHS number, like 943 476 5919");
    assertThat(page(response).title()).startsWith("Error: ");
    assertThat(peopleCount()).isEqualTo(count);
  }

  @Test
  void refusesDatesOfBirthInTheFutureOrLongAgoOrNotReal() throws Exception {
    int next = LocalDate.now().getYear() + 1;
    Map<String, String> cases =
        Map.of(
            "1 1 " + next,
            "Date of birth must be in the past",
            "1 1 1850",
            "Date of birth must be within the last 130 years",
            "31 2 1990",
            "Date of birth must be a real date",
            "1  1990",
            "Date of birth must include a month",
            "1 1 90",
            "Year must include 4 numbers");
    int count = peopleCount();
    for (Map.Entry<String, String> date : cases.entrySet()) {
      String[] parts = date.getKey().split(" ", -1);
      Map<String, Object> form = person("");
      form.put("dateOfBirthDay", parts[0]);
      form.put("dateOfBirthMonth", parts[1]);
      form.put("dateOfBirthYear", parts[2]);
      assertThat(errors(pages.post("/people/new", physio, form)))
          .as(date.getKey())
          .containsExactly(date.getValue());
    }
    assertThat(peopleCount()).isEqualTo(count);
  }

  @Test
  void refusesOversizedAndMultiLineNames() throws Exception {
    Map<String, Object> form = person("");
    form.put("givenName", "A".repeat(101));
    form.put("familyName", "Line\nbreak");
    form.put("accessibilityNeeds", "x".repeat(2001));

    MockHttpServletResponse response = pages.post("/people/new", physio, form);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(errors(response))
        .containsExactly(
            "First name must be 100 characters or fewer",
            "Last name must not include special characters",
            "Accessibility needs must be 2000 characters or fewer");
  }

  @Test
  void showsScriptTypedIntoTheRecordAsText() throws Exception {
    Map<String, Object> form = person("");
    form.put("preferredName", "<script>alert('x')</script>");
    form.put("accessibilityNeeds", "<img src=x onerror=alert(1)>");
    UUID id = added(pages.post("/people/new", physio, form));

    MockHttpServletResponse response = pages.open("/people/" + id, physio);

    assertThat(response.getContentAsString())
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert");
    assertThat(page(response).select("img[src=x]")).isEmpty();
  }

  @Test
  void aForgedPersonIdIsNotFoundAndChangesNothing() throws Exception {
    String forged = "/people/" + UUID.randomUUID();
    Map<String, Object> form = person("");

    assertThat(pages.open(forged, physio).getStatus()).isEqualTo(404);
    assertThat(pages.open(forged + "/details", physio).getStatus()).isEqualTo(404);
    assertThat(pages.post(forged + "/details", physio, form).getStatus()).isEqualTo(404);
    assertThat(pages.post(forged + "/about-me", physio, Map.of("version", "0")).getStatus())
        .isEqualTo(404);
    assertThat(pages.open(forged + "/team", physio).getStatus()).isEqualTo(404);
    // A malformed id is the same "not found" as an unknown one (one advice for every UUID id).
    assertThat(pages.open("/people/not-an-id", physio).getStatus()).isEqualTo(404);
  }

  @Test
  void anotherPractitionersRecordIsNotFoundForMeAndTheAttemptIsAudited() throws Exception {
    UUID theirs = records.personCaredForBy(records.practitioner(Discipline.GP));

    assertThat(pages.open("/people/" + theirs, physio).getStatus()).isEqualTo(404);
    assertThat(pages.post("/people/" + theirs + "/details", physio, person("")).getStatus())
        .isEqualTo(404);
    assertThat(records.audited(theirs, "record.viewed", "denied")).isEqualTo(1);
    assertThat(records.audited(theirs, "person-details.changed", "denied")).isEqualTo(1);
    assertThat(people.findAll(List.of(theirs)).get(theirs).details().givenName()).isEqualTo("Test");
  }

  @Test
  void aStaleEditShowsBothVersionsAndSavesNothing() throws Exception {
    UUID id = records.personCaredForBy(physio);
    Map<String, Object> first = person("");
    first.put("givenName", "First");
    Map<String, Object> second = person("");
    second.put("givenName", "Second");

    assertThat(pages.post("/people/" + id + "/details", physio, first).getStatus()).isEqualTo(302);
    MockHttpServletResponse stale = pages.post("/people/" + id + "/details", physio, second);

    assertThat(stale.getStatus()).isEqualTo(409);
    Document page = page(stale);
    assertThat(page.select(".nhsuk-card--warning h2").text())
        .contains("Someone else changed these details");
    assertThat(page.select(".nhsuk-card--warning").text())
        .contains("First Hartley", "Second Hartley");
    assertThat(page.select("input[name=version]").val()).isEqualTo("1");
    assertThat(people.findAll(List.of(id)).get(id).details().givenName()).isEqualTo("First");
  }

  @Test
  void thePersonWritesAboutMeAndTheTeamReadsItButCannotChangeIt() throws Exception {
    UUID id = records.personCaredForBy(physio);
    Account patient = records.account(Role.PATIENT);
    records.link(id, patient);
    Map<String, Object> aboutMe = new HashMap<>();
    aboutMe.put("whatMatters", "Gardening with my grandchildren");
    aboutMe.put("howToSpeakToMe", "Plainly, please");
    aboutMe.put("version", "0");

    assertThat(pages.post("/people/" + id + "/about-me", patient, aboutMe).getStatus())
        .isEqualTo(302);
    Document record = page(pages.open("/people/" + id, physio));
    assertThat(record.text()).contains("Gardening with my grandchildren", "Plainly, please");
    assertThat(page(pages.open("/people/" + id + "/about-me", physio)).select("form textarea"))
        .isEmpty();

    aboutMe.put("whatMatters", "Changed by the team");
    aboutMe.put("version", "1");
    assertThat(pages.post("/people/" + id + "/about-me", physio, aboutMe).getStatus())
        .isEqualTo(403);
    assertThat(page(pages.open("/people/" + id, physio)).text())
        .contains("Gardening with my grandchildren");
  }

  @Test
  void aboutMeSavedInAnotherWindowIsNeverOverwrittenSilently() throws Exception {
    UUID id = records.personCaredForBy(physio);
    Account patient = records.account(Role.PATIENT);
    records.link(id, patient);
    String path = "/people/" + id + "/about-me";

    pages.post(path, patient, Map.of("whatMatters", "Walking", "version", "0"));
    MockHttpServletResponse stale =
        pages.post(path, patient, Map.of("whatMatters", "Swimming", "version", "0"));

    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(page(stale).select(".nhsuk-card--warning").text()).contains("Walking");
    assertThat(page(stale).select("textarea#whatMatters").text()).isEqualTo("Swimming");
    assertThat(page(pages.open(path, patient)).select("textarea#whatMatters").text())
        .isEqualTo("Walking");
  }

  @Test
  void refusesAnOversizedAboutMe() throws Exception {
    UUID id = records.personCaredForBy(physio);
    Account patient = records.account(Role.PATIENT);
    records.link(id, patient);

    MockHttpServletResponse response =
        pages.post(
            "/people/" + id + "/about-me",
            patient,
            Map.of("alreadyTried", "x".repeat(4001), "version", "0"));

    assertThat(errors(response))
        .containsExactly("What you have tried must be 4000 characters or fewer");
  }

  @Test
  void thePersonReachesTheirOwnRecordFromMyRecord() throws Exception {
    UUID id = records.personCaredForBy(physio);
    Account patient = records.account(Role.PATIENT);
    records.link(id, patient);
    Account withoutRecord = records.account(Role.PATIENT);

    assertThat(pages.open("/my-record", patient).getRedirectedUrl()).isEqualTo("/people/" + id);
    assertThat(page(pages.open("/my-record", withoutRecord)).select("h1").text())
        .isEqualTo("You do not have a care record yet");
    assertThat(pages.open("/my-record", physio).getRedirectedUrl()).isEqualTo("/people");
  }

  @Test
  void thePersonSeesWhoHasLookedAtTheirRecord() throws Exception {
    UUID id = records.personCaredForBy(physio);
    Account patient = records.account(Role.PATIENT);
    records.link(id, patient);
    Account stranger = records.practitioner(Discipline.GP);
    pages.open("/people/" + id, physio);
    pages.open("/people/" + id, stranger);

    Document log = page(pages.open("/people/" + id + "/access-log", patient));

    assertThat(log.select("tbody tr").eachText())
        .anyMatch(
            row -> row.contains(physio.displayName()) && row.contains("Looked at your record"))
        .anyMatch(row -> row.contains("Looked at your record") && row.contains("Refused"));
    assertThat(pages.open("/people/" + id + "/access-log", physio).getStatus()).isEqualTo(403);
  }
}
