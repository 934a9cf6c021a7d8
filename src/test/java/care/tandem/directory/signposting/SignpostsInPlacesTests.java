package care.tandem.directory.signposting;

import static care.tandem.directory.signposting.SignpostingFixture.outcomeForm;
import static care.tandem.directory.signposting.SignpostingTests.page;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.ModuleEvents;
import care.tandem.care.People;
import care.tandem.directory.SignpostCounts;
import care.tandem.directory.SignpostOutcome;
import care.tandem.directory.SignpostStatistics;
import care.tandem.identity.account.Accounts;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signposts where people look: the timeline, the care plan, home pages, the team's list of
 * signposts to follow up, and the service's anonymous statistics.
 */
@FullApplicationTest
class SignpostsInPlacesTests {

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired SignpostCounts counts;

  SignpostingFixture given;

  @BeforeEach
  void setUp() {
    given = new SignpostingFixture(accounts, people, jdbc, mvc);
  }

  @Test
  void signpostsAndOutcomesShowOnTheTimeline() throws Exception {
    UUID signpost = given.signposted(given.service, "Walks with others");
    given.send(
        given.outcomePath(signpost),
        given.patient,
        outcomeForm("helped", "", 0, UUID.randomUUID()));
    ModuleEvents.awaitHandled(jdbc, given.person);
    Document timeline = page(given.open("/people/" + given.person + "/timeline", given.volunteer));
    assertThat(timeline.text())
        .contains("Signposted to " + given.serviceName)
        .contains(given.serviceName + ": It helped");
  }

  @Test
  void theCarePlanListsOpenAndRecentSignposts() throws Exception {
    UUID old = given.newService("Old group " + UUID.randomUUID());
    UUID oldSignpost = given.signposted(old, "Tried last year");
    given.send(
        given.outcomePath(oldSignpost),
        given.volunteer,
        outcomeForm("did-not-help", "", 0, UUID.randomUUID()));
    jdbc.sql("update directory_signpost set outcome_at = now() - interval '200 days' where id = ?")
        .param(oldSignpost)
        .update();
    given.signposted(given.service, "Walks with others");

    Document plan = page(given.open("/people/" + given.person + "/plan", given.patient));

    assertThat(plan.select("h2#signposts").text()).isEqualTo("Signposts");
    assertThat(plan.select("a[href=/directory/services/" + given.service + "]").text())
        .isEqualTo(given.serviceName);
    assertThat(plan.select("a[href=/directory/services/" + old + "]")).isEmpty();
    assertThat(plan.select("a[href=" + given.signpostsPath() + "]").text())
        .contains("See all signposts");
  }

  @Test
  void thePersonsHomeAsksHowOpenSignpostsWent() throws Exception {
    UUID signpost = given.signposted(given.service, "Walks with others");
    Document home = page(given.open("/home", given.patient));
    assertThat(home.text()).contains("Services you were pointed to");
    assertThat(home.select("a[href=" + given.outcomePath(signpost) + "]").text())
        .startsWith("tell us how it went");

    given.send(
        given.outcomePath(signpost),
        given.patient,
        outcomeForm("helped", "", 0, UUID.randomUUID()));
    assertThat(page(given.open("/home", given.patient)).text())
        .doesNotContain("Services you were pointed to");
  }

  @Test
  void theTeamListsOnlyTheirOwnPeoplesOpenSignpostsOlderThanTheWeeksChosen() throws Exception {
    UUID fiveWeeks = given.signposted(given.service, "Five weeks ago");
    UUID sixWeeksService = given.newService("Six weeks " + UUID.randomUUID());
    UUID sixWeeks = given.signposted(sixWeeksService, "Six weeks ago");
    UUID twoWeeksService = given.newService("Two weeks " + UUID.randomUUID());
    UUID twoWeeks = given.signposted(twoWeeksService, "Two weeks ago");
    UUID doneService = given.newService("Done " + UUID.randomUUID());
    UUID done = given.signposted(doneService, "Has an outcome");
    given.send(
        given.outcomePath(done),
        given.volunteer,
        outcomeForm("attending", "", 0, UUID.randomUUID()));
    ageBy(fiveWeeks, 35);
    ageBy(sixWeeks, 42);
    ageBy(twoWeeks, 14);
    ageBy(done, 60);
    UUID elsewhere = given.records.personCaredForBy(given.stranger);
    jdbc.sql(
            """
            insert into directory_signpost (id, person_id, service_id, reason, signposted_by,
              signposted_at, idempotency_key)
            values (?, ?, ?, 'Someone else', ?, now() - interval '70 days', ?)
            """)
        .params(UUID.randomUUID(), elsewhere, given.service, given.stranger.id(), UUID.randomUUID())
        .update();

    Document list = page(given.open("/signposts", given.volunteer));

    assertThat(list.select("h1").text()).isEqualTo("Signposts to follow up");
    assertThat(list.select("tbody a").eachAttr("href"))
        .containsExactly(given.outcomePath(sixWeeks), given.outcomePath(fiveWeeks));
    assertThat(list.select("tbody tr").get(0).text()).contains("6 weeks");

    Document oneWeek = page(given.open("/signposts?weeks=1", given.volunteer));
    assertThat(oneWeek.select("tbody a").eachAttr("href"))
        .containsExactly(
            given.outcomePath(sixWeeks), given.outcomePath(fiveWeeks), given.outcomePath(twoWeeks));

    Document bad = page(given.open("/signposts?weeks=lots", given.volunteer));
    assertThat(bad.title()).startsWith("Error: ");
    assertThat(bad.select(".nhsuk-error-summary a").eachText())
        .containsExactly("Enter a number of weeks from 0 to 52");
    assertThat(bad.select("tbody a")).hasSize(2);

    Document strangers = page(given.open("/signposts", given.stranger));
    assertThat(strangers.select("tbody a").eachAttr("href"))
        .noneMatch(href -> href.contains(given.person.toString()));

    Document home = page(given.open("/home", given.volunteer));
    assertThat(home.select("a[href=/signposts]").text()).isEqualTo("Signposts to follow up");
    assertThat(home.text()).contains("2 signposts have had no outcome for 4 weeks or more");
  }

  @Test
  void theServiceStatisticsCountLatestOutcomesWithoutNames() throws Exception {
    UUID service = given.newService("Counted " + UUID.randomUUID());
    UUID helped = given.signposted(service, "One");
    UUID notSuitable = given.signposted(service, "Two");
    given.signposted(service, "Three");
    given.send(
        given.outcomePath(helped),
        given.volunteer,
        outcomeForm("waiting", "", 0, UUID.randomUUID()));
    given.send(
        given.outcomePath(helped), given.patient, outcomeForm("helped", "", 1, UUID.randomUUID()));
    given.send(
        given.outcomePath(notSuitable),
        given.patient,
        outcomeForm("not-suitable", "Too far", 0, UUID.randomUUID()));

    SignpostStatistics statistics = counts.forService(service);

    assertThat(statistics.signposted()).isEqualTo(3);
    assertThat(statistics.noOutcomeYet()).isEqualTo(1);
    assertThat(statistics.latestOutcomes())
        .containsEntry(SignpostOutcome.HELPED, 1)
        .containsEntry(SignpostOutcome.NOT_SUITABLE, 1)
        .containsEntry(SignpostOutcome.WAITING, 0)
        .hasSize(SignpostOutcome.values().length);
    assertThat(statistics.toString())
        .doesNotContain(given.person.toString())
        .doesNotContain("Test Person")
        .doesNotContain("Too far");
  }

  private void ageBy(UUID signpost, int days) {
    jdbc.sql("update directory_signpost set signposted_at = ? where id = ?")
        .params(Timestamp.from(Instant.now().minus(Duration.ofDays(days))), signpost)
        .update();
  }
}
