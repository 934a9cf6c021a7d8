package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.coverage.Journey;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Closed-loop signposting end to end, in a real browser, by keyboard, with axe on every page: a
 * volunteer searches the demo directory for a free peer support group within 5 km of ST5 5BG open
 * on Tuesdays, finds the Tuesday Pain Café (and not the paid, the Wednesday or the further groups
 * nearby), and signposts someone on their care team to it; the person signs in, sees it on their
 * home page and records that it helped; the outcome shows on their record, for them and for the
 * volunteer, and in the café's anonymous statistics. The volunteer, the person and their account
 * are made for the journey, with the volunteer leading their care, so no demo person's record or
 * team changes (the café's statistics do count the outcome).
 */
@FullApplicationTest
@Journey
class SignpostingJourneyTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @Test
  void aVolunteerSignpostsAPersonWhoRecordsThatItHelped() {
    StoryPeople story = new StoryPeople(accounts, people, jdbc);
    Account volunteer = story.practitioner("Grace Okafor", Discipline.VOLUNTEER);
    String family = "Brookes" + UUID.randomUUID().toString().substring(0, 4);
    Account patient = story.patient("Jo " + family);
    UUID person = story.personCaredForBy("Jo", family, volunteer, "Peer supporter");
    story.link(person, patient);
    String group = "Tuesday Pain Café";
    String signposts = "/people/" + person + "/signposts";
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);

    // The volunteer finds a free peer support group within 5 km, open on Tuesdays.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(volunteer);
    journey.thenIAmOn("/home").followLink("Find support");
    journey.thenIAmOn("/directory").tick("Peer support");
    journey.fillIn("Postcode", "st5 5bg").select("Distance from the postcode", "Within 5 km");
    journey.tick("Free of charge").select("Open on", "Tuesday").pressButton("Search");
    journey.thenIAmOn("/directory?").thenThePageSays(group);
    assertThat(browser.driver().getPageSource())
        .doesNotContain("Evening Pain Support Circle") // not free
        .doesNotContain("Wednesday Walk and Talk") // not on Tuesdays
        .doesNotContain("Hanley Back Pain Peer Group"); // 7 km away
    journey.followLink(group);
    assertThat(journey.heading()).endsWith(group); // after the organisation's name
    journey.followLink("Signpost someone to this service");
    journey.thenTheHeadingIs("Signpost someone to this service").thenThePageSays(group);
    journey.choose("Jo " + family);
    journey.fillIn("Why might this service help?", "A friendly group that walks on Tuesdays.");
    journey.pressButton("Signpost");
    journey.thenIAmOn(signposts).thenTheHeadingIs("Signposts");
    journey.thenThePageSays("Signposted to " + group).thenThePageSays("Not known yet");
    journey.pressButton("Sign out");

    // Jo signs in, sees it on their home page and says it helped.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(patient);
    journey.thenIAmOn("/home").thenThePageSays("Services you were pointed to");
    journey.followLinkStartingWith("tell us how it went");
    journey.thenTheHeadingIs("What happened with " + group + "?");
    journey.choose("It helped").pressButton("Save");
    journey.thenIAmOn(signposts).thenThePageSays("What happened is saved");
    journey.thenThePageSays("It helped: You on");
    journey.pressButton("Sign out");

    // The volunteer sees the outcome on Jo's record.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(volunteer);
    journey.givenIAmOn(signposts).thenThePageSays("It helped");

    // The café's page counts the outcome, naming nobody.
    journey.followLink(group).thenThePageSays("Signposted").thenThePageSays("It helped");
    assertThat(journey.heading()).endsWith(group);
    assertThat(browser.driver().getPageSource()).doesNotContain(family);
  }
}
