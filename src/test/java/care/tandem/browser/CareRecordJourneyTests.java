package care.tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.coverage.Journey;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared care record end to end, in a real browser over HTTP: Sam Taylor reads their plan,
 * writes "about me" and posts a message; Priya Shah, their physiotherapist, reads it, replies and
 * brings in a colleague from a mental health service; that practitioner accepts, naming themself,
 * and adds a goal to the mental health section; Sam sees the new goal and who added it. Each person
 * moves with the keyboard alone, and every page on the way passes axe. The same journey then runs
 * again with JavaScript switched off. Each run has its own Sam, Sam's account, Priya and colleague,
 * made for it, with a goal Priya set with Sam already on the plan, so no demo record changes.
 */
@FullApplicationTest
@Journey
class CareRecordJourneyTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();
  @RegisterExtension static final Browser browserWithoutScript = Browser.withoutJavaScript();

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired StaffDirectory staff;
  @Autowired CarePlans plans;

  @Test
  void samsTeamWorksTogetherOnOnePlanAndSamSeesWhoChangedIt() {
    walkThrough(KeyboardJourney.checkingEveryPage(browser), browser, "with JavaScript");
  }

  @Test
  void theSameJourneyWorksWithoutJavaScript() {
    walkThrough(
        KeyboardJourney.withoutJavaScript(browserWithoutScript),
        browserWithoutScript,
        "without JavaScript");
  }

  /** The text of the plan's card for this goal: its status, owner, review date and last change. */
  private static String goalCard(String goal, Browser browser) {
    return browser
        .driver()
        .findElement(
            By.xpath(
                "//div[contains(@class,'nhsuk-card')][.//h4[normalize-space(.)='" + goal + "']]"))
        .getText();
  }

  private void walkThrough(KeyboardJourney journey, Browser browser, String run) {
    StoryPeople story = new StoryPeople(accounts, people, jdbc);
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    Account samsAccount = story.patient("Sam Taylor");
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Physiotherapist");
    story.link(sam, samsAccount);
    plans.addGoal(
        sam,
        new GoalDraft(
            PlanSection.PAIN_AND_PHYSICAL_FUNCTION,
            "Walk Bess for 20 minutes every day",
            "20 minutes without stopping, 5 days a week",
            priya.id(),
            GoalStatus.NOT_STARTED,
            LocalDate.now().plusWeeks(3)),
        UUID.randomUUID(),
        CareRecords.as(priya));
    UUID service = story.newService();
    Account colleague =
        story.practitionerIn(service, "Jordan Ellis", Discipline.MENTAL_HEALTH_PRACTITIONER);
    String serviceLabel = staff.service(service).orElseThrow().nameWithOrganisation();

    String whatMatters = "Playing football with my son again (" + run + ")";
    String message = "My back was worse after work this week. Can we talk about it? (" + run + ")";
    String reply = "Thank you, Sam. I have asked a colleague to help too. (" + run + ")";
    String question = "Sam's low mood is making the pain harder. Could you help? (" + run + ")";
    String goal = "Go out for a walk with a friend each week (" + run + ")";

    // Sam reads their plan, writes "about me" and posts a message.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(samsAccount);
    journey.thenIAmOn("/home").thenTheHeadingIs("Hello Sam");
    journey.followLink("Read your whole care plan").thenTheHeadingIs("Care plan");
    journey.followLink("Back to record").thenTheHeadingIs("Care record");
    journey.followLink("Write or change your about me").thenTheHeadingIs("About me");
    journey.fillIn("What matters to me", whatMatters).pressButton("Save about me");
    journey.thenThePageSays("About me saved").thenThePageSays(whatMatters);
    journey.followLink("Overview").followLink("Read and write messages");
    journey.fillIn("Message", message).pressButton("Post message");
    journey.thenThePageSays("Your message has been posted.").thenThePageSays(message);
    journey.pressButton("Sign out");

    // Priya sees the new message, replies, and brings in a colleague from a mental health service.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(priya);
    journey.thenIAmOn("/home").thenThePageSays("Sam Taylor");
    journey.followLinkStartingWith("Messages").thenTheHeadingIs("Messages");
    journey.thenThePageSays("the latest from Sam Taylor");
    journey.followFirstLinkTo("/people/" + sam + "/conversation").thenThePageSays(message);
    journey.fillIn("Message", reply).pressButton("Post message");
    journey.thenThePageSays("Your message has been posted.").thenThePageSays(reply);
    journey.followLink("Sam Taylor").followLink("See the care team and requests");
    journey.followLink("Bring in a colleague");
    journey.choose(serviceLabel).fillIn("Your question for them", question);
    journey.pressButton("Send request").thenThePageSays("Request sent");
    journey.thenThePageSays(question);
    journey.pressButton("Sign out");

    // The colleague finds the request, accepts it naming themself, and adds a goal.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(colleague);
    journey.thenIAmOn("/home").followFirstLinkTo("/team-requests/");
    journey.thenTheHeadingIs("Sam Taylor").thenThePageSays(question);
    journey.choose(colleague.displayName()).pressButton("Accept request");
    journey.thenThePageSays("Request accepted");
    journey.followLink("My people").followLink("Sam Taylor").thenTheHeadingIs("Care record");
    journey.thenThePageSays(whatMatters);
    journey.followLink("See the care plan").thenTheHeadingIs("Care plan");
    journey.followLink("Add a goal to Mental health and wellbeing");
    LocalDate review = LocalDate.now().plusMonths(3);
    journey.fillIn("Goal", goal).fillIn("How you will know the goal is met", "Two walks a month");
    journey.choose("Mental health and wellbeing").choose("Sam Taylor").choose("In progress");
    journey.fillIn("Day", String.valueOf(review.getDayOfMonth()));
    journey.fillIn("Month", String.valueOf(review.getMonthValue()));
    journey.fillIn("Year", String.valueOf(review.getYear()));
    journey.pressButton("Add goal").thenTheHeadingIs("Care plan").thenThePageSays(goal);
    journey.pressButton("Sign out");

    // Sam sees the new goal on their home page, plan and timeline, and who added it.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(samsAccount);
    journey
        .thenIAmOn("/home")
        .thenThePageSays(goal)
        .thenThePageSays("By " + colleague.displayName());
    journey.followLink("Read your whole care plan");
    assertThat(goalCard(goal, browser)).contains("Last changed").contains(colleague.displayName());
    journey.followLink("Back to record").followLink("Timeline");
    journey.thenThePageSays("Goal added: " + goal).thenThePageSays("By " + colleague.displayName());
    journey
        .followLink("Care team")
        .thenThePageSays(question)
        .thenThePageSays(colleague.displayName());
    journey.pressButton("Sign out");
  }
}
