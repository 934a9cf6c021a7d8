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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A worrying answer end to end, in a real browser over HTTP, by keyboard, with axe on every page:
 * Sam Taylor fills in the PHQ-9 one question per page and answers question 9 above 0; crisis
 * support is the very next page and shows again when the answers are sent, and on Sam's home page.
 * Jordan Ellis, on Sam's team but not the alert's owner, is prompted on his home page, by the
 * header's Alerts count and at the top of Sam's record. Priya Shah, Sam's lead, sees the alert on
 * her home page, acknowledges it and closes it with what she did; the record's alert history keeps
 * it; Sam's home page no longer shows crisis support, and Sam's results show the new score as a
 * chart and in a table. All of it on a phone, 390 pixels wide, with nothing scrolling sideways.
 * Sam, their account, Jordan and Priya are made for the journey, so no demo record changes.
 */
@FullApplicationTest
@Journey
class MeasuresJourneyTests {

  @RegisterExtension static final Browser browser = Browser.withJavaScript();

  private static final String CRISIS = "116 123";

  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired JdbcClient jdbc;

  @Test
  void aWorryingAnswerGetsCrisisSupportAtOnceAndAClinicianClosesTheAlert() {
    browser.asAPhone();
    try {
      onAPhone();
    } finally {
      browser.asADesktop();
    }
  }

  private void onAPhone() {
    StoryPeople story = new StoryPeople(accounts, people, jdbc);
    Account priya = story.practitioner("Priya Shah", Discipline.PHYSIOTHERAPIST);
    Account samsAccount = story.patient("Sam Taylor");
    UUID sam = story.personCaredForBy("Sam", "Taylor", priya, "Physiotherapist");
    story.link(sam, samsAccount);
    Account jordan = story.practitioner("Jordan Ellis", Discipline.MENTAL_HEALTH_PRACTITIONER);
    story.joinTeam(sam, jordan, "Mental health practitioner");
    KeyboardJourney journey = KeyboardJourney.checkingEveryPage(browser);
    String record = "/people/" + sam;

    // Sam answers the PHQ-9, one question per page, with question 9 above 0.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(samsAccount);
    journey.thenIAmOn("/home").thenTheHeadingIs("Hello Sam");
    journey.followLink("Open your whole record").thenTheHeadingIs("Care record");
    journey.followFirstLinkTo(record + "/questionnaires").thenTheHeadingIs("Questionnaires");
    journey.followFirstLinkTo(record + "/questionnaires/phq-9/start");
    journey.choose("One question on each page").pressButton("Start");
    for (int question = 1; question <= 8; question++) {
      journey.thenThePageSays("Question " + question + " of");
      journey.choose("Not at all").pressButton("Continue");
    }
    journey.thenThePageSays("Question 9 of").choose("Several days").pressButton("Continue");

    // The very next page is crisis support, with an honest word on when the team will look.
    journey.thenTheHeadingIs("Thank you for telling us").thenThePageSays(CRISIS);
    journey.thenThePageSays("85258").thenThePageSays("No one watches your answers");
    journey.followLink("Continue with the questionnaire");
    journey
        .thenThePageSays("Question 10 of")
        .choose("Not difficult at all")
        .pressButton("Continue");
    journey.thenTheHeadingIs("Check your answers").pressButton("Send answers");
    journey.thenThePageSays("Answers sent").thenThePageSays(CRISIS);
    assertThat(alertsFor(sam, "open")).isEqualTo(1);
    browser.open("/home");
    journey.thenTheHeadingIs("Hello Sam").thenThePageSays(CRISIS);
    journey.pressButton("Sign out");

    // Jordan, on Sam's team but not the owner, is prompted at home, in the header and on the
    // record.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(jordan);
    journey.thenIAmOn("/home").thenThePageSays("1 alert is waiting for you or your care teams");
    WebElement alertsLink =
        browser.driver().findElement(By.cssSelector("header a[href='/alerts']"));
    assertThat(alertsLink.isDisplayed()).as("the header's Alerts link on a phone").isTrue();
    assertThat(alertsLink.getText()).isEqualTo("Alerts (1)");
    assertThat(browser.sidewaysOverflow()).as("home, sideways").isZero();
    browser.open(record);
    journey.thenThePageSays("Safety alert not yet closed").thenThePageSays("PHQ-9 question 9");
    assertThat(browser.sidewaysOverflow()).as("record, sideways").isZero();
    journey.pressButton("Sign out");

    // Priya, Sam's lead, sees the alert, acknowledges it and closes it with what she did.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(priya);
    journey.thenIAmOn("/home").followFirstLinkTo("/alerts").thenTheHeadingIs("Safety alerts");
    journey.followFirstLinkTo("/alerts/" + alertOf(sam)).thenTheHeadingIs("Sam Taylor");
    journey.pressButton("I have seen this and will act");
    assertThat(alertsFor(sam, "acknowledged")).isEqualTo(1);
    journey.choose("Contacted the person");
    journey.fillIn("Note", "Phoned Sam. We talked it through and made a safety plan together.");
    journey.pressButton("Close alert");
    assertThat(alertsFor(sam, "closed")).isEqualTo(1);
    assertThat(browser.sidewaysOverflow()).as("alert, sideways").isZero();

    // The record's alert history keeps the closed alert, with what was done.
    browser.open(record);
    journey.thenThePageSays("Safety alerts").thenThePageSays("Contacted the person");
    assertThat(browser.driver().findElement(By.tagName("main")).getText())
        .doesNotContain("Safety alert not yet closed");

    // The chart and the table show the new score.
    browser.open(record + "/results/phq-9");
    journey.thenThePageSays("PHQ-9");
    assertThat(browser.driver().findElements(By.cssSelector("main svg[role=img]"))).hasSize(1);
    String table = browser.driver().findElement(By.cssSelector("main table")).getText();
    assertThat(table).contains("1");
    journey.pressButton("Sign out");

    // Sam's home page no longer shows crisis support.
    journey.givenIAmSignedOutOn("/sign-in").whenISignInAs(samsAccount);
    journey.thenIAmOn("/home").thenTheHeadingIs("Hello Sam");
    assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain(CRISIS);
  }

  private int alertsFor(UUID person, String status) {
    return jdbc.sql("select count(*) from measures_alert where person_id = ? and status = ?")
        .params(person, status)
        .query(Integer.class)
        .single();
  }

  private UUID alertOf(UUID person) {
    return jdbc.sql(
            "select id from measures_alert where person_id = ? order by raised_at desc limit 1")
        .param(person)
        .query(UUID.class)
        .single();
  }
}
