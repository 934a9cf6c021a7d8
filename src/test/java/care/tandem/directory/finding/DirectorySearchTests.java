package care.tandem.directory.finding;

import static care.tandem.directory.TandemTaxonomy.BY_PHONE;
import static care.tandem.directory.TandemTaxonomy.HEARING_LOOP;
import static care.tandem.directory.TandemTaxonomy.IN_PERSON;
import static care.tandem.directory.TandemTaxonomy.MONEY_AND_DEBT;
import static care.tandem.directory.TandemTaxonomy.ONLINE;
import static care.tandem.directory.TandemTaxonomy.PAIN_SELF_MANAGEMENT;
import static care.tandem.directory.TandemTaxonomy.PEER_SUPPORT;
import static care.tandem.directory.TandemTaxonomy.SELF_REFERRAL;
import static care.tandem.directory.TandemTaxonomy.SLEEP;
import static care.tandem.directory.TandemTaxonomy.SOCIAL_ACTIVITY_AND_GREEN_SPACE;
import static care.tandem.directory.TandemTaxonomy.STEP_FREE_ACCESS;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.directory.DirectoryFixtures;
import care.tandem.directory.Position;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search correctness on a fixed set of listings round ST5 5BG: each criterion on its own, the
 * distance order and cut-off, combinations, and the edges of paging.
 */
@FullApplicationTest
@Isolated("it replaces every directory listing with its own")
class DirectorySearchTests {

  @AfterAll
  static void restoreTheDemoDirectory(@Autowired ApplicationContext context) {
    DirectoryFixtures.restoreDemoListings(context);
  }

  static final Position HOME = new Position(53.00335, -2.27269);

  @Autowired JdbcClient jdbc;
  @Autowired DirectorySearch search;

  DirectoryFixtures fixtures;

  @BeforeEach
  void listings() {
    fixtures = new DirectoryFixtures(jdbc);
    fixtures.removeAllListings();
    at(fixtures.service("Walk and Talk").description("A gentle walking group."), 1)
        .needs(PEER_SUPPORT, IN_PERSON, SELF_REFERRAL)
        .placeHas(STEP_FREE_ACCESS)
        .opens("TU", "10:00", "12:00")
        .language("Polish", "pl")
        .save();
    at(
            fixtures
                .service("Money Advice")
                .description("Help with debts when pain keeps you off work."),
            3)
        .needs(MONEY_AND_DEBT, BY_PHONE)
        .opens("MO,WE", "09:00", "17:00")
        .costs("5.00")
        .ages(18, null)
        .save();
    at(fixtures.service("Pain Toolkit").description("Learn to manage pain. Pain and mood."), 8)
        .needs(PAIN_SELF_MANAGEMENT, ONLINE)
        .ages(18, 65)
        .save();
    at(fixtures.service("Far Away Peer Group"), 40).needs(PEER_SUPPORT).save();
    at(fixtures.service("Closed For Now"), 2)
        .needs(PEER_SUPPORT)
        .opens("TU", "10:00", "12:00")
        .status("temporarily closed")
        .save();
    at(fixtures.service("Gone Peer Group"), 1).needs(PEER_SUPPORT).status("inactive").save();
    at(fixtures.service("Hearing Cafe"), 6)
        .needs(SOCIAL_ACTIVITY_AND_GREEN_SPACE)
        .placeHas(HEARING_LOOP, STEP_FREE_ACCESS)
        .save();
  }

  /** Places due north of HOME, this many kilometres away. */
  static DirectoryFixtures.Listing at(DirectoryFixtures.Listing listing, double km) {
    return listing.at("ST5 5BG", HOME.latitude() + km / 111.195, HOME.longitude());
  }

  @Test
  void findsListedServicesWithANeedByName() {
    assertThat(names(criteria(Map.of("need", List.of("peer-support")))))
        .containsExactly("Closed For Now", "Far Away Peer Group", "Walk and Talk");
  }

  @Test
  void findsAnyOfSeveralNeeds() {
    assertThat(names(criteria(Map.of("need", List.of("money-and-debt", "pain-self-management")))))
        .containsExactly("Money Advice", "Pain Toolkit");
  }

  @Test
  void ranksWordsInTheNameAboveWordsInTheDescription() {
    assertThat(names(criteria(Map.of("q", List.of("pain")))))
        .containsExactly("Pain Toolkit", "Money Advice");
  }

  @Test
  void findsServicesByTheNameOfTheirNeed() {
    assertThat(names(criteria(Map.of("q", List.of("peer support")))))
        .contains("Walk and Talk", "Closed For Now", "Far Away Peer Group")
        .doesNotContain("Gone Peer Group");
  }

  @Test
  void ordersByDistanceAndStopsAtTheCutOff() {
    SearchPage found =
        find(criteria(Map.of("postcode", List.of("ST5 5BG"), "within", List.of("5"))), HOME);

    assertThat(found.services())
        .extracting(ServiceSummary::name)
        .containsExactly("Walk and Talk", "Closed For Now", "Money Advice");
    assertThat(found.services().get(0).nearestMetres()).isBetween(950.0, 1050.0);
    assertThat(
            names(criteria(Map.of("postcode", List.of("ST5 5BG"), "within", List.of("10"))), HOME))
        .containsExactly(
            "Walk and Talk", "Closed For Now", "Money Advice", "Hearing Cafe", "Pain Toolkit");
  }

  @Test
  void freeLeavesOutServicesThatCharge() {
    assertThat(names(criteria(Map.of("q", List.of("pain"), "free", List.of("yes")))))
        .containsExactly("Pain Toolkit");
  }

  @Test
  void ageKeepsServicesForPeopleOfThatAge() {
    assertThat(
            names(
                criteria(
                    Map.of(
                        "need",
                        List.of("money-and-debt", "pain-self-management"),
                        "age",
                        List.of("16")))))
        .isEmpty();
    assertThat(
            names(
                criteria(
                    Map.of(
                        "need",
                        List.of("money-and-debt", "pain-self-management"),
                        "age",
                        List.of("70")))))
        .containsExactly("Money Advice");
    assertThat(
            names(
                criteria(
                    Map.of(
                        "need",
                        List.of("money-and-debt", "pain-self-management"),
                        "age",
                        List.of("40")))))
        .containsExactly("Money Advice", "Pain Toolkit");
  }

  @Test
  void dayKeepsServicesOpenThatDay() {
    assertThat(names(criteria(Map.of("day", List.of("tuesday"))))).containsExactly("Walk and Talk");
    assertThat(names(criteria(Map.of("day", List.of("wednesday")))))
        .containsExactly("Money Advice");
    assertThat(names(criteria(Map.of("day", List.of("sunday"))))).isEmpty();
  }

  @Test
  void aServiceClosedForNowIsNotOpenOnItsDay() {
    assertThat(names(criteria(Map.of("day", List.of("tuesday"))))).doesNotContain("Closed For Now");
    assertThat(names(criteria(Map.of("need", List.of("peer-support"))))).contains("Closed For Now");
  }

  @Test
  void deliveryKeepsServicesDeliveredAnyOfThoseWays() {
    assertThat(names(criteria(Map.of("delivery", List.of("by-phone")))))
        .containsExactly("Money Advice");
    assertThat(names(criteria(Map.of("delivery", List.of("in-person", "online")))))
        .containsExactly("Pain Toolkit", "Walk and Talk");
  }

  @Test
  void languageMatchesTheNameOrTheCode() {
    assertThat(names(criteria(Map.of("language", List.of("polish")))))
        .containsExactly("Walk and Talk");
    assertThat(names(criteria(Map.of("language", List.of("PL"))))).containsExactly("Walk and Talk");
    assertThat(names(criteria(Map.of("language", List.of("Urdu"))))).isEmpty();
  }

  @Test
  void accessNeedsEveryFeatureAsked() {
    assertThat(names(criteria(Map.of("access", List.of("step-free-access")))))
        .containsExactly("Hearing Cafe", "Walk and Talk");
    assertThat(names(criteria(Map.of("access", List.of("step-free-access", "hearing-loop")))))
        .containsExactly("Hearing Cafe");
  }

  @Test
  void selfReferralKeepsServicesPeopleCanContactThemselves() {
    assertThat(names(criteria(Map.of("self-referral", List.of("yes")))))
        .containsExactly("Walk and Talk");
  }

  @Test
  void combinesNeedDistanceCostAndDay() {
    SearchCriteria criteria =
        criteria(
            Map.of(
                "need", List.of("peer-support"),
                "postcode", List.of("ST5 5BG"),
                "within", List.of("5"),
                "free", List.of("yes"),
                "day", List.of("tuesday")));

    assertThat(criteria.day()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(names(criteria, HOME)).containsExactly("Walk and Talk");
  }

  @Test
  void resultsSayWhenWhereCostAndHowInWords() {
    SearchPage found =
        find(
            criteria(
                Map.of(
                    "need",
                    List.of("peer-support", "money-and-debt"),
                    "postcode",
                    List.of("ST5 5BG"),
                    "within",
                    List.of("5"))),
            HOME);

    ServiceSummary walk = found.services().get(0);
    assertThat(walk.openingTimes()).containsExactly("Tuesdays 10am to 12pm");
    assertThat(walk.free()).isTrue();
    assertThat(walk.delivery()).containsExactly(DirectoryTerm.IN_PERSON);
    assertThat(found.services().get(1).temporarilyClosed()).isTrue();
    ServiceSummary money = found.services().get(2);
    assertThat(money.openingTimes()).containsExactly("Mondays and Wednesdays 9am to 5pm");
    assertThat(money.lowestCost()).isEqualByComparingTo("5");
    assertThat(ResultView.of(money).cost()).isEqualTo("From £5");
    assertThat(ResultView.of(money).distance()).isEqualTo("3.0 km away");
  }

  @Test
  void pagesHoldTwentyAndTheLastPageTheRest() {
    services(21);
    SearchCriteria sleep = criteria(Map.of("need", List.of("sleep")));

    SearchPage first = search.find(sleep, null);
    SearchPage second = search.find(sleep.withPage(2), null);
    SearchPage beyond = search.find(sleep.withPage(3), null);

    assertThat(first.services()).hasSize(20);
    assertThat(first.total()).isEqualTo(21);
    assertThat(first.pageCount()).isEqualTo(2);
    assertThat(first.hasNext()).isTrue();
    assertThat(second.services()).extracting(ServiceSummary::name).containsExactly("Sleep 21");
    assertThat(second.hasNext()).isFalse();
    assertThat(second.hasPrevious()).isTrue();
    assertThat(beyond.services()).isEmpty();
    assertThat(beyond.total()).isEqualTo(21);
    assertThat(beyond.beyondLastPage()).isTrue();
  }

  @Test
  void exactlyTwentyIsOnePage() {
    services(20);
    SearchPage found = search.find(criteria(Map.of("need", List.of("sleep"))), null);

    assertThat(found.services()).hasSize(20);
    assertThat(found.pageCount()).isEqualTo(1);
    assertThat(found.hasNext()).isFalse();
  }

  @Test
  void nothingMatchingIsAnEmptyFirstPage() {
    SearchPage found = search.find(criteria(Map.of("need", List.of("sleep"))), null);

    assertThat(found.total()).isZero();
    assertThat(found.services()).isEmpty();
    assertThat(found.beyondLastPage()).isFalse();
    assertThat(search.find(criteria(Map.of("need", List.of("sleep"))).withPage(4), null).total())
        .isZero();
  }

  @Test
  void noCriteriaFindsNothing() {
    assertThat(search.find(SearchCriteria.none(), null).services()).isEmpty();
  }

  private void services(int count) {
    for (int i = 1; i <= count; i++) {
      fixtures
          .service(String.format("Sleep %02d", i).replace("Sleep 21", "Sleep 21"))
          .needs(SLEEP)
          .save();
    }
  }

  static SearchCriteria criteria(Map<String, List<String>> parameters) {
    SearchRequest request = SearchParameters.read(parameters);
    assertThat(request.errors()).isEmpty();
    return request.criteria();
  }

  private SearchPage find(SearchCriteria criteria, Position origin) {
    return search.find(criteria, origin);
  }

  private List<String> names(SearchCriteria criteria) {
    return search.find(criteria, null).services().stream().map(ServiceSummary::name).toList();
  }

  private List<String> names(SearchCriteria criteria, Position origin) {
    return search.find(criteria, origin).services().stream().map(ServiceSummary::name).toList();
  }
}
