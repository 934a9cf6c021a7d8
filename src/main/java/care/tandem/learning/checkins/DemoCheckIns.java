package care.tandem.learning.checkins;

import care.tandem.care.demo.DemoPeople;
import care.tandem.care.web.CareDates;
import care.tandem.system.demo.DemoSeeding;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sam's six check-ins over the last three weeks, on his record and his team's timeline, so the
 * trend page shows something. Idempotent: the ids and keys are fixed, so a restart adds nothing.
 */
@Component
@Profile("demo")
class DemoCheckIns extends DemoSeeding {

  /** Days ago, pain, mood and words (or null): a flare in the middle, then easing. */
  private record Day(int daysAgo, int pain, int mood, @Nullable String words) {}

  private static final List<Day> SAM =
      List.of(
          new Day(20, 6, 4, null),
          new Day(17, 7, 3, "Bad night. Back stiff all morning."),
          new Day(13, 8, 3, "Flare-up. Used my plan and rested in short bursts."),
          new Day(9, 6, 5, null),
          new Day(5, 5, 6, "Walked to the shop and back."),
          new Day(2, 4, 6, null));

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final CheckInsOnTimeline timeline;

  DemoCheckIns(JdbcClient jdbc, TransactionTemplate transaction, CheckInsOnTimeline timeline) {
    super(ABOUT_PEOPLE);
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.timeline = timeline;
  }

  @Override
  protected void seedDemo() {
    UUID person = DemoPeople.SAM_TAYLOR;
    UUID account =
        jdbc.sql("select account_id from person where id = ?")
            .param(person)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (account == null) {
      return;
    }
    LocalDate today = LocalDate.now(CareDates.UK_TIME);
    for (Day day : SAM) {
      transaction.executeWithoutResult(status -> seed(person, account, today, day));
    }
  }

  private void seed(UUID person, UUID account, LocalDate today, Day day) {
    UUID id =
        UUID.nameUUIDFromBytes(
            ("tandem-demo:check-in:" + person + ":" + day.daysAgo())
                .getBytes(StandardCharsets.UTF_8));
    CheckIn checkIn =
        new CheckIn(
            id,
            person,
            day.pain(),
            day.mood(),
            day.words(),
            account,
            today
                .minusDays(day.daysAgo())
                .atTime(LocalTime.of(20, 15))
                .atZone(CareDates.UK_TIME)
                .toInstant());
    if (new CheckInRepository(jdbc).insert(checkIn, id)) {
      timeline.on(new CheckInRecorded(id, person, account, checkIn.recordedAt()));
    }
  }
}
