package care.tandem.directory.curating;

import static care.tandem.directory.curating.ListingFormData.unique;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The review queue keeps listings true: old ones come back, and reported problems reach it. */
@FullApplicationTest
class ReviewQueueTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired care.tandem.care.home.HomeSection[] sections;

  TestAccounts testAccounts;
  DirectoryFixtures fixtures;
  DirectoryRequests lead;
  DirectoryRequests anonymous;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    fixtures = new DirectoryFixtures(jdbc);
    lead = new DirectoryRequests(mvc, testAccounts.demo("lead@demo.tandem"));
    anonymous = new DirectoryRequests(mvc, null);
  }

  @Test
  void listsListingsNotCheckedForSixMonthsOnly() throws Exception {
    String old = unique("Old Listing");
    String fresh = unique("Fresh Listing");
    String almost = unique("Five Months Listing");
    fixtures.service(old).verifiedOn(LocalDate.of(2001, 1, 1)).save();
    fixtures.service(fresh).save();
    fixtures.service(almost).verifiedOn(LocalDate.now().minusMonths(5)).save();

    List<String> names = lead.page("/directory/review").select(".nhsuk-card__heading").eachText();

    assertThat(names).contains(old).doesNotContain(fresh, almost);
  }

  @Test
  void markingAListingCheckedTodayTakesItOffTheQueueAndIsAudited() throws Exception {
    String name = unique("Checked Today");
    UUID id = fixtures.service(name).verifiedOn(LocalDate.of(2001, 1, 2)).save();
    int audited = testAccounts.auditCount("directory.listing-verified", "service", id.toString());

    MvcResult result =
        lead.post("/directory/review/services/" + id + "/checked", Map.of("version", "0"));

    assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/directory/review");
    assertThat(DirectoryRequests.notice(result)).isEqualTo(name + " marked as checked today");
    assertThat(lead.page("/directory/review").select(".nhsuk-card__heading").eachText())
        .doesNotContain(name);
    assertThat(verifiedOn(id)).isEqualTo(LocalDate.now());
    assertThat(testAccounts.auditCount("directory.listing-verified", "service", id.toString()))
        .isEqualTo(audited + 1);
  }

  @Test
  void markingCheckedFromAnOldVersionSavesNothing() throws Exception {
    UUID id =
        fixtures.service(unique("Changed Meanwhile")).verifiedOn(LocalDate.of(2001, 1, 3)).save();
    jdbc.sql("update directory_service set version = 1 where id = ?").param(id).update();

    MvcResult result =
        lead.post("/directory/review/services/" + id + "/checked", Map.of("version", "0"));

    assertThat(String.valueOf(result.getFlashMap().get("problem")))
        .contains("while you were looking. Nothing was saved");
    assertThat(verifiedOn(id)).isEqualTo(LocalDate.of(2001, 1, 3));
  }

  @Test
  void anyoneCanReportAProblemOnceItReachesTheQueueAndAnEditorResolvesIt() throws Exception {
    String name = unique("Reported Listing");
    UUID id = fixtures.service(name).save();
    Document form = anonymous.page("/directory/services/" + id + "/report");
    assertThat(form.select("h1").text()).isEqualTo("Report a problem with this listing");
    assertThat(form.select("textarea, input:not([type=hidden])").eachAttr("name"))
        .containsExactly("description");
    String key = form.select("input[name=idempotencyKey]").attr("value");
    Map<String, String> report =
        Map.of("description", "The phone number is wrong", "idempotencyKey", key);

    MvcResult sent = anonymous.post("/directory/services/" + id + "/report", report);
    anonymous.post("/directory/services/" + id + "/report", report);

    assertThat(sent.getResponse().getRedirectedUrl())
        .isEqualTo("/directory/services/" + id + "/report?sent=yes");
    assertThat(anonymous.page(sent.getResponse().getRedirectedUrl()).select("h1").text())
        .isEqualTo("Thank you for telling us");
    assertThat(openReports(id)).isEqualTo(1);
    Element card = cardFor(lead.page("/directory/review"), name);
    assertThat(card.text()).contains("The phone number is wrong");
    String resolve = card.select("a:contains(Resolve this problem)").attr("href");
    int audited = testAccounts.auditCount("directory.problem-resolved");

    MvcResult empty = lead.post(resolve, Map.of("note", " "));
    assertThat(DirectoryRequests.html(empty).select(".nhsuk-error-summary__list").text())
        .isEqualTo("Enter what you did about the problem");
    MvcResult resolved = lead.post(resolve, Map.of("note", "Phoned them and fixed the number"));

    assertThat(DirectoryRequests.notice(resolved)).isEqualTo("Problem resolved");
    assertThat(openReports(id)).isZero();
    assertThat(lead.page("/directory/review").select(".nhsuk-card__heading").eachText())
        .doesNotContain(name);
    assertThat(testAccounts.auditCount("directory.problem-resolved")).isEqualTo(audited + 1);
  }

  @Test
  void anEmptyReportIsRefusedWithAMessage() throws Exception {
    UUID id = fixtures.service(unique("Empty Report")).save();

    MvcResult result =
        anonymous.post(
            "/directory/services/" + id + "/report",
            Map.of("description", "", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(DirectoryRequests.html(result).select(".nhsuk-error-summary__list").text())
        .isEqualTo("Enter what is wrong with this listing");
    assertThat(openReports(id)).isZero();
  }

  @Test
  void aFloodOfReportsStopsAtTwentyOpenOnAListing() throws Exception {
    UUID id = fixtures.service(unique("Flooded")).save();

    for (int i = 0; i < 25; i++) {
      MvcResult result =
          anonymous.post(
              "/directory/services/" + id + "/report",
              Map.of("description", "Spam " + i, "idempotencyKey", UUID.randomUUID().toString()));
      assertThat(result.getResponse().getStatus()).isEqualTo(302);
    }

    assertThat(openReports(id)).isEqualTo(ProblemReports.MOST_OPEN);
  }

  @Test
  void hostileReportTextIsShownAsTextInTheQueue() throws Exception {
    String name = unique("Hostile Report");
    UUID id = fixtures.service(name).save();
    anonymous.post(
        "/directory/services/" + id + "/report",
        Map.of(
            "description",
            "<script>alert('x')</script><img src=x onerror=alert(1)>",
            "idempotencyKey",
            UUID.randomUUID().toString()));

    Document queue = lead.page("/directory/review");

    assertThat(queue.select("script:containsData(alert)")).isEmpty();
    assertThat(queue.select("img[onerror]")).isEmpty();
    assertThat(cardFor(queue, name).text()).contains("<script>alert('x')</script>");
  }

  @Test
  void aServiceLeadsHomePageCountsListingsToReview() throws Exception {
    fixtures.service(unique("Counted")).verifiedOn(LocalDate.of(2001, 1, 4)).save();
    UUID leadId = testAccounts.demo("lead@demo.tandem").id();
    ReviewHomeSection section =
        java.util.Arrays.stream(sections)
            .filter(ReviewHomeSection.class::isInstance)
            .map(ReviewHomeSection.class::cast)
            .findFirst()
            .orElseThrow();

    assertThat(section.forPractitioner(leadId, false)).isEmpty();
    var output = new gg.jte.output.StringOutput();
    section.forPractitioner(leadId, true).orElseThrow().writeTo(output);
    assertThat(output.toString()).contains("See listings to review").contains("checking");
    assertThat(lead.page("/home").text()).contains("Directory listings to review");
  }

  private Element cardFor(Document queue, String name) {
    return queue.select(".nhsuk-card").stream()
        .filter(card -> card.select(".nhsuk-card__heading").text().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not in the queue"));
  }

  private int openReports(UUID id) {
    return jdbc.sql(
            "select count(*) from directory_problem_report where service_id = ? and status = 'open'")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private LocalDate verifiedOn(UUID id) {
    return jdbc.sql("select verified_on from directory_service where id = ?")
        .param(id)
        .query(LocalDate.class)
        .single();
  }
}
