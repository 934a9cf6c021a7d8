package care.tandem.learning.pathways;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The pacing rules, with the time passed in: one step each time the pace comes round. */
class PacingTests {

  static final Instant MONDAY_9AM = Instant.parse("2027-01-04T09:00:00Z");

  @Test
  void nothingIsDueBeforeThePersonChoosesAPace() {
    assertThat(Pacing.notChosen().due(MONDAY_9AM.plus(Duration.ofDays(30)), 0, 5)).isFalse();
  }

  @Test
  void twiceAWeekReleasesTheNextStepThreeAndAHalfDaysLater() {
    Pacing chosen = Pacing.notChosen().choose(Pace.TWICE_A_WEEK, MONDAY_9AM);
    assertThat(chosen.due(MONDAY_9AM.plus(Duration.ofHours(83)), 1, 5)).isFalse();
    assertThat(chosen.due(MONDAY_9AM.plus(Duration.ofHours(84)), 1, 5)).isTrue();
  }

  @Test
  void afterAReleaseTheNextWaitsAWholeGapAgain() {
    Instant later = MONDAY_9AM.plus(Duration.ofDays(1));
    Pacing daily = Pacing.notChosen().choose(Pace.DAILY, MONDAY_9AM).released(later);
    assertThat(daily.due(later.plus(Duration.ofHours(23)), 2, 5)).isFalse();
    assertThat(daily.due(later.plus(Duration.ofDays(1)), 2, 5)).isTrue();
  }

  @Test
  void nothingIsDueOnceEveryStepIsOut() {
    Pacing daily = Pacing.notChosen().choose(Pace.DAILY, MONDAY_9AM);
    assertThat(daily.due(MONDAY_9AM.plus(Duration.ofDays(9)), 5, 5)).isFalse();
  }

  @Test
  void tooMuchGoesOnePaceSlowerAndWaitsTheLongerGapFromNow() {
    Instant now = MONDAY_9AM.plus(Duration.ofDays(1));
    Pacing slower = Pacing.notChosen().choose(Pace.TWICE_A_WEEK, MONDAY_9AM).slower(now);
    assertThat(slower.pace()).isEqualTo(Pace.WEEKLY);
    assertThat(slower.due(MONDAY_9AM.plus(Duration.ofHours(84)), 1, 5)).isFalse();
    assertThat(slower.due(now.plus(Duration.ofDays(7)), 1, 5)).isTrue();
  }

  @Test
  void theSlowestPaceReleasesNothingByItself() {
    Pacing ready = Pacing.notChosen().choose(Pace.WEEKLY, MONDAY_9AM).slower(MONDAY_9AM);
    assertThat(ready.pace()).isEqualTo(Pace.WHEN_READY);
    assertThat(ready.due(MONDAY_9AM.plus(Duration.ofDays(365)), 1, 5)).isFalse();
    assertThat(ready.slower(MONDAY_9AM).pace()).isEqualTo(Pace.WHEN_READY);
  }

  @Test
  void pausedReleasesNothingUntilResumed() {
    Pacing paused = Pacing.notChosen().choose(Pace.DAILY, MONDAY_9AM).pause();
    assertThat(paused.due(MONDAY_9AM.plus(Duration.ofDays(20)), 1, 5)).isFalse();
    Instant back = MONDAY_9AM.plus(Duration.ofDays(20));
    Pacing resumed = paused.resume(back);
    assertThat(resumed.due(back, 1, 5)).isFalse();
    assertThat(resumed.due(back.plus(Duration.ofDays(1)), 1, 5)).isTrue();
  }

  @Test
  void notNowSnoozesForThreeDaysEvenAtADailyPace() {
    Pacing snoozed = Pacing.notChosen().choose(Pace.DAILY, MONDAY_9AM).notNow(MONDAY_9AM);
    assertThat(snoozed.snoozing(MONDAY_9AM.plus(Duration.ofDays(2)))).isTrue();
    assertThat(snoozed.due(MONDAY_9AM.plus(Duration.ofDays(2)), 1, 5)).isFalse();
    assertThat(snoozed.due(MONDAY_9AM.plus(Duration.ofDays(3)), 1, 5)).isTrue();
  }

  @Test
  void notNowNeverBringsALaterReleaseForward() {
    Pacing weekly = Pacing.notChosen().choose(Pace.WEEKLY, MONDAY_9AM).notNow(MONDAY_9AM);
    assertThat(weekly.due(MONDAY_9AM.plus(Duration.ofDays(3)), 1, 5)).isFalse();
    assertThat(weekly.due(MONDAY_9AM.plus(Duration.ofDays(7)), 1, 5)).isTrue();
  }

  @Test
  void aStepIsStalledOnlyWhenUnopenedForTheWholeTime() {
    Duration tenDays = Duration.ofDays(10);
    assertThat(Pacing.stalled(MONDAY_9AM, null, MONDAY_9AM.plus(Duration.ofDays(9)), tenDays))
        .isFalse();
    assertThat(Pacing.stalled(MONDAY_9AM, null, MONDAY_9AM.plus(tenDays), tenDays)).isTrue();
    assertThat(Pacing.stalled(MONDAY_9AM, MONDAY_9AM, MONDAY_9AM.plus(tenDays), tenDays)).isFalse();
  }

  @Test
  void quietHoursRunPastMidnight() {
    assertThat(QuietTime.NIGHT.isQuiet(LocalTime.of(22, 0))).isTrue();
    assertThat(QuietTime.NIGHT.isQuiet(LocalTime.of(7, 59))).isTrue();
    assertThat(QuietTime.NIGHT.isQuiet(LocalTime.of(8, 0))).isFalse();
    assertThat(QuietTime.WORKING_DAY.isQuiet(LocalTime.of(12, 0))).isTrue();
    assertThat(QuietTime.WORKING_DAY.isQuiet(LocalTime.of(18, 0))).isFalse();
    assertThat(QuietTime.NONE.isQuiet(LocalTime.of(3, 0))).isFalse();
  }
}
