package care.tandem.browser;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.People;
import care.tandem.care.TeamRequests;
import care.tandem.coverage.PageGate;
import care.tandem.crawl.DemoRole;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.measures.assigning.Assignments;
import care.tandem.measures.assigning.NewAssignment;
import care.tandem.measures.assigning.Schedule;
import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages no crawl of the demo reaches, because they come only after a form is sent or need
 * records the demo does not have: each is reached in a real browser as a person would reach it, and
 * has no axe-core violation. The people, records and requests are made for each test, so no demo
 * record a demo test reads changes.
 */
@FullApplicationTest
@Order(6) // after the gates that crawl
@PageGate("axe")
class PagesBeyondTheCrawlTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired TeamRequests teamRequests;
  @Autowired Assignments assignments;
  @Autowired CarePlans plans;

  private StoryPeople story() {
    return new StoryPeople(accounts, people, jdbc);
  }

  private static KeyboardJourney signedInAs(Account account) {
    return KeyboardJourney.checkingEveryPage(browser)
        .givenIAmSignedOutOn("/sign-in")
        .whenISignInAs(account);
  }

  private static KeyboardJourney signedInAs(DemoRole role) {
    return KeyboardJourney.checkingEveryPage(browser)
        .givenIAmSignedOutOn("/sign-in")
        .whenISignInAs(role);
  }

  /** The page the browser shows has no axe-core violation and this main heading. */
  private static void thenThePageIsAccessibleAndHeaded(String heading) {
    Axe.assertNoViolations(browser.driver());
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
  }

  @Test
  void aPersonWhoseRecordIsNotStartedIsToldSoOnTheirHome() {
    Account nia = story().patient("Nia Lewis");

    signedInAs(nia).givenIAmOn("/home");

    thenThePageIsAccessibleAndHeaded("Your home");
    assertThat(browser.currentPath()).isEqualTo("/home");
  }

  @Test
  void aPersonWhoseRecordIsNotStartedIsToldSoWhenTheyOpenIt() {
    Account nia = story().patient("Nia Lewis");

    signedInAs(nia).givenIAmOn("/my-record");

    thenThePageIsAccessibleAndHeaded("You do not have a care record yet");
  }

  @Test
  void aColleagueAskedToJoinATeamSeesTheRequestAndIsToldToNameWhoJoins() {
    StoryPeople story = story();
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Physiotherapist");
    UUID service = story.newService();
    Account ade =
        story.practitionerIn(service, "Ade Okafor", Discipline.MENTAL_HEALTH_PRACTITIONER);
    UUID request =
        teamRequests
            .bringInColleague(
                sam, service, "Could you help with low mood?", UUID.randomUUID(), as(priya))
            .id();

    KeyboardJourney journey = signedInAs(ade).givenIAmOn("/team-requests");
    journey.followFirstLinkTo("/team-requests/" + request);
    thenThePageIsAccessibleAndHeaded("Sam Taylor");

    journey.pressButton("Accept request");
    thenThePageIsAccessibleAndHeaded("Sam Taylor");
    journey.thenThePageSays("Select who will join the care team");
  }

  @Test
  void anAdminFindsAReportedMessageByItsReference() {
    StoryPeople story = story();
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Physiotherapist");
    signedInAs(priya)
        .givenIAmOn("/people/" + sam + "/conversation")
        .fillIn("Message", "This was meant for another person")
        .pressButton("Post message");
    UUID message =
        jdbc.sql("select id from conversation_message where person_id = ?")
            .param(sam)
            .query(UUID.class)
            .single();

    signedInAs(DemoRole.ADMIN)
        .givenIAmOn("/admin/messages")
        .fillIn("Message reference", message.toString())
        .pressButton("Find message");

    thenThePageIsAccessibleAndHeaded("Reported message");
    assertThat(browser.currentPath()).isEqualTo("/admin/messages/" + message);
  }

  @Test
  void aPersonRecordsWhatHappenedWithAServiceTheyAddedToTheirPlan() {
    StoryPeople story = story();
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    Account samsAccount = story.patient("Sam Taylor");
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Physiotherapist");
    story.link(sam, samsAccount);
    String name = "Walk and Talk " + UUID.randomUUID().toString().substring(0, 6);
    UUID service = new DirectoryFixtures(jdbc).service(name).save();

    KeyboardJourney journey =
        signedInAs(samsAccount)
            .givenIAmOn("/directory/services/" + service + "/signpost")
            .fillIn("Why might this service help you?", "I would like to walk with others")
            .pressButton("Add this to my plan")
            .thenIAmOn("/people/" + sam + "/signposts");
    journey.followFirstLinkTo(hrefEndingWith("/outcome"));

    thenThePageIsAccessibleAndHeaded("What happened with " + name + "?");
  }

  @Test
  void anAdminRegistersAConnectedSystemWithItsPublicKeySeesItsSettingsAndCanRevokeIt()
      throws Exception {
    String name = "Oak Lane Surgery GP record " + UUID.randomUUID().toString().substring(0, 6);
    String publicKey =
        new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_384)
            .generate()
            .toPublicJWK()
            .toJSONString();
    KeyboardJourney journey =
        signedInAs(DemoRole.ADMIN)
            .givenIAmOn("/admin/fhir-clients/new")
            .fillIn("Name of the system", name);
    journey
        .choose(firstLabelOf("organisation"))
        .fillIn("Or paste its public key", publicKey)
        .tick("Read and search records")
        .pressButton("Register system");
    thenThePageIsAccessibleAndHeaded(name);

    UUID client =
        jdbc.sql("select id from fhir_client where name = ?")
            .param(name)
            .query(UUID.class)
            .single();
    journey
        .givenIAmOn("/admin/fhir-clients")
        .followFirstLinkTo("/admin/fhir-clients/" + client + "/revoke");
    thenThePageIsAccessibleAndHeaded("Revoke " + name + "?");
    // Leave no live token behind.
    journey.pressButton("Revoke system").thenIAmOn("/admin/fhir-clients");
  }

  @Test
  void aVolunteerAddsAGuideProblemToTheirPlanAndOpensItsNoteAndTargetDate() {
    String problem = "/guide/plan/problems/pain-put-down-to-anxiety";
    KeyboardJourney journey =
        signedInAs(DemoRole.VOLUNTEER).givenIAmOn("/guide/problems/pain-put-down-to-anxiety");
    List<WebElement> add =
        browser.driver().findElements(By.cssSelector("form[action='" + problem + "'] button"));
    boolean added = !add.isEmpty();
    if (added) {
      journey.pressButton(accessibleName(add.get(0))).thenIAmOn("/guide/plan");
    } else {
      journey.givenIAmOn("/guide/plan");
    }
    journey.followFirstLinkTo("/guide/plan/items/");
    String item = browser.currentPath();

    thenThePageIsAccessibleAndHeaded("Note and target date");

    if (added) {
      // The demo volunteer's plan is left as it was.
      journey.givenIAmOn("/guide/plan");
      WebElement remove =
          browser.driver().findElement(By.cssSelector("form[action='" + item + "/remove'] button"));
      journey.pressButton(accessibleName(remove)).thenIAmOn("/guide/plan");
    }
  }

  @TestFactory
  Stream<DynamicTest> aPersonAnswersAQuestionnaireOnOnePageAndGetsCrisisSupportAtOnce() {
    StoryPeople story = story();
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    Account samsAccount = story.patient("Sam Taylor");
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Physiotherapist");
    story.link(sam, samsAccount);
    KeyboardJourney[] journey = new KeyboardJourney[1];
    return Stream.of(
        DynamicTest.dynamicTest(
            "all the questions on one page",
            () -> {
              journey[0] =
                  signedInAs(samsAccount)
                      .givenIAmOn("/people/" + sam + "/questionnaires/phq-9/start")
                      .choose("All the questions on one page")
                      .pressButton("Start");
              thenThePageIsAccessibleAndHeaded("Patient Health Questionnaire (PHQ-9)");
            }),
        DynamicTest.dynamicTest(
            "crisis support straight after a worrying answer",
            () -> {
              // Each question's own fieldset (the lead-in's fieldset groups questions 1 to 9).
              List<WebElement> questions =
                  browser
                      .driver()
                      .findElements(By.cssSelector("main form .nhsuk-form-group > fieldset"));
              for (int question = 0; question < questions.size(); question++) {
                List<WebElement> choices =
                    questions.get(question).findElements(By.cssSelector("label"));
                // Question 9 answered above 0 ("Several days").
                choices.get(question == 8 ? 1 : 0).click();
              }
              journey[0].pressButton("Save and continue");
              thenThePageIsAccessibleAndHeaded("Thank you for telling us");
            }),
        DynamicTest.dynamicTest(
            "check your answers",
            () -> {
              journey[0].followLink("Continue with the questionnaire");
              thenThePageIsAccessibleAndHeaded("Check your answers");
            }),
        DynamicTest.dynamicTest(
            "answers sent",
            () -> {
              journey[0].pressButton("Send answers");
              thenThePageIsAccessibleAndHeaded("Answers sent");
            }));
  }

  @Test
  void aTeamMemberSetsTheNextAppointmentForAQuestionnaireAskedForBeforeIt() {
    StoryPeople story = story();
    Account priya = story.practitioner("Priya Shah", Discipline.MENTAL_HEALTH_PRACTITIONER);
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Mental health practitioner");
    UUID assignment =
        assignments.assign(
            sam,
            new NewAssignment(
                "phq-9", Schedule.BEFORE_APPOINTMENT, LocalDate.now().plusDays(10), null),
            UUID.randomUUID(),
            as(priya));
    String path = "/people/" + sam + "/questionnaires/assignments/" + assignment + "/appointment";

    signedInAs(priya).givenIAmOn("/people/" + sam + "/questionnaires").followFirstLinkTo(path);

    thenThePageIsAccessibleAndHeaded("Set the next appointment");
  }

  @Test
  void aGoalChangedElsewhereWhileItWasOpenIsOfferedForMerging() {
    StoryPeople story = story();
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Physiotherapist");
    UUID goal = plans.addGoal(sam, goal("Walk the dog"), UUID.randomUUID(), as(priya)).id();
    String edit = "/people/" + sam + "/plan/goals/" + goal;

    KeyboardJourney journey =
        signedInAs(priya)
            .givenIAmOn("/people/" + sam + "/plan")
            .followFirstLinkTo(edit)
            .fillIn("Goal", "Walk the dog every morning");
    // Meanwhile, in another window, the goal changes.
    plans.changeGoal(sam, goal, 1, goal("Walk the dog twice a day"), as(priya));
    journey.pressButton("Save goal");

    thenThePageIsAccessibleAndHeaded("This was changed by someone else");
  }

  private static GoalDraft goal(String title) {
    return new GoalDraft(
        PlanSection.SHARED,
        title,
        "Walking for 20 minutes without stopping",
        null,
        GoalStatus.NOT_STARTED,
        LocalDate.now().plusMonths(2));
  }

  /** The address of the first link in the main content whose address ends so. */
  private static String hrefEndingWith(String ending) {
    return browser.driver().findElements(By.cssSelector("main a[href]")).stream()
        .map(link -> link.getDomAttribute("href"))
        .filter(href -> href.endsWith(ending))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No link ending " + ending));
  }

  /** The text of the label of the first radio of this group. */
  private static String firstLabelOf(String group) {
    WebElement radio = browser.driver().findElement(By.cssSelector("input[name=" + group + "]"));
    return browser
        .driver()
        .findElement(By.cssSelector("label[for='" + radio.getDomAttribute("id") + "']"))
        .getText()
        .strip();
  }

  private static String accessibleName(WebElement element) {
    return element
        .getAccessibleName()
        .replaceAll("(?U)\\s+", " ")
        .replaceAll(" ([:;,.])", "$1")
        .trim();
  }
}
