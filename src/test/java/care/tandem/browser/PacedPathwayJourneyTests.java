package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.coverage.Journey;
import care.tandem.crawl.DemoRole;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.learning.pathways.PathwayJobNow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14's journey, in a real browser by keyboard with axe on every page: a service lead builds a
 * pathway from the library; Priya, Sam's physiotherapist, offers it to him before his first
 * appointment; Sam chooses "twice a week", opens the first step, watches the video with captions
 * on, says "this is too much", and the next release waits; his check-in lands on his record and the
 * team's timeline; when a released step has gone unopened for the quiet period, Priya is asked to
 * check in with him.
 */
@FullApplicationTest
@Journey
class PacedPathwayJourneyTests {

  private static final String VIDEO = "How pain and mood affect each other (video)";

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void samMovesThroughAPathwayAtHisOwnPaceAndPriyaIsAskedToCheckIn() throws Exception {
    StoryPeople story = new StoryPeople(accounts, people, jdbc);
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    Account samsAccount = story.patient("Sam Rivers");
    UUID sam = story.personCaredForBy("Sam", "Rivers", priya, "Physiotherapist");
    story.link(sam, samsAccount);
    String title = "Pain and mood, step by step " + sam.toString().substring(0, 8);
    String pathways = "/people/" + sam + "/pathways";
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);

    // The service lead builds a pathway from the library: the video, then a check-in.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(DemoRole.SERVICE_LEAD);
    journey.givenIAmOn("/pathways").fillIn("Title", title);
    journey.fillIn(
        "Who it is for", "For people waiting for their first physiotherapy appointment.");
    journey.pressButton("Start pathway").thenTheHeadingIs(title);
    journey.choose("Read, watch or listen");
    journey.select("Piece from the library, for a step to read, watch or listen to", VIDEO);
    journey.pressButton("Add step").thenThePageSays(VIDEO);
    journey.choose("A check-in").pressButton("Add step");
    journey.pressButton("Sign out");

    // Priya offers it to Sam from his record, before his first appointment.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(priya);
    journey.givenIAmOn(pathways).choose(title).pressButton("Offer pathway");
    journey.thenThePageSays(title);
    journey.pressButton("Sign out");

    // Sam chooses twice a week; the first step comes at once.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(samsAccount);
    journey.givenIAmOn(pathways).followLink(title).thenTheHeadingIs(title);
    String enrolmentPage = browser.currentPath();
    UUID enrolment = UUID.fromString(enrolmentPage.substring(enrolmentPage.lastIndexOf('/') + 1));
    journey.choose("Twice a week").choose("Not between 9pm and 8am").pressButton("Start");
    journey.followLinkStartingWith("1. ").thenTheHeadingIs(VIDEO);
    journey.followLinkStartingWith("Open ").thenTheHeadingIs(VIDEO);

    // He watches the video with captions on: it plays, fetched by range, with its captions.
    Map<?, ?> played = watchWithCaptions();
    assertThat(played.get("error")).isNull();
    assertThat(((Number) played.get("time")).doubleValue()).isPositive();
    assertThat(played.get("mode")).isEqualTo("showing");
    assertThat(((Number) played.get("cues")).intValue()).isPositive();
    assertThat(rangeStatus((String) played.get("source"))).isEqualTo(206);

    // "This is too much": the pace slows, and the next step waits.
    journey.givenIAmOn(enrolmentPage).pressButton("This is too much: slow down");
    journey.thenThePageSays("We have slowed things down. The next step will wait longer.");
    PathwayJobNow.run(context);
    assertThat(released(enrolment)).isEqualTo(1);
    assertThat(pace(enrolment)).isEqualTo("weekly");
    assertThat(nextRelease(enrolment)).isAfter(OffsetDateTime.now().plusDays(6));

    // His check-in lands on his record.
    journey.givenIAmOn("/my-record/check-in").choose("0 – no pain").choose("10 – very good");
    journey.pressButton("Save check-in").thenThePageSays("Check-ins");
    journey.pressButton("Sign out");

    // A week on, the second step comes out; Sam leaves it unopened past the quiet period.
    jdbc.sql("update learning_enrolment set next_release_at = now() where id = ?")
        .param(enrolment)
        .update();
    PathwayJobNow.run(context);
    assertThat(released(enrolment)).isEqualTo(2);
    jdbc.sql(
            """
            update learning_step_progress set released_at = released_at - interval '11 days'
            where enrolment_id = ? and opened_at is null
            """)
        .param(enrolment)
        .update();
    PathwayJobNow.run(context);

    // Priya sees the check-in on the team's timeline, and is asked to check in with Sam.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(priya);
    journey.givenIAmOn("/people/" + sam + "/timeline").thenThePageSays("Pain and mood check-in");
    journey.givenIAmOn("/home").followLink("Check in with Sam");
    journey.pressButton("I have checked in");
  }

  /** Plays the video muted with its captions showing, for two seconds. */
  private Map<?, ?> watchWithCaptions() {
    return (Map<?, ?>)
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                """
                const done = arguments[arguments.length - 1];
                const video = document.querySelector('video');
                const track = video.textTracks[0];
                track.mode = 'showing';
                video.muted = true;
                video.play().then(
                  () => setTimeout(() => done({
                    time: video.currentTime,
                    mode: track.mode,
                    cues: track.cues ? track.cues.length : 0,
                    source: video.currentSrc}), 2500),
                  error => done({error: String(error)}));
                """);
  }

  private int rangeStatus(String source) throws Exception {
    HttpResponse<Void> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(source))
                    .header("Range", "bytes=0-1023")
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    return response.statusCode();
  }

  private int released(UUID enrolment) {
    return jdbc.sql("select count(*) from learning_step_progress where enrolment_id = ?")
        .param(enrolment)
        .query(Integer.class)
        .single();
  }

  private String pace(UUID enrolment) {
    return jdbc.sql("select pace from learning_enrolment where id = ?")
        .param(enrolment)
        .query(String.class)
        .single();
  }

  private OffsetDateTime nextRelease(UUID enrolment) {
    return jdbc.sql("select next_release_at from learning_enrolment where id = ?")
        .param(enrolment)
        .query(OffsetDateTime.class)
        .single();
  }
}
