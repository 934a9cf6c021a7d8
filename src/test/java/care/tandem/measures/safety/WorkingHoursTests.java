package care.tandem.measures.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingHoursTests {

  @ParameterizedTest(name = "{0} + {1} working time is {2} (UK time)")
  @CsvSource({
    // raised (UK time),  working time, escalates (UK time)
    "2027-01-08T16:00, PT4H, 2027-01-11T12:00", // Friday afternoon -> Monday noon
    "2027-01-11T10:00, PT4H, 2027-01-11T14:00", // inside one day
    "2027-01-11T15:00, PT4H, 2027-01-12T11:00", // over the evening
    "2027-01-09T10:00, PT4H, 2027-01-11T13:00", // Saturday counts from Monday 9am
    "2027-01-10T23:59, PT1H, 2027-01-11T10:00", // Sunday night
    "2027-01-11T07:00, PT4H, 2027-01-11T13:00", // before 9am counts from 9am
    "2027-01-11T17:00, PT1H, 2027-01-12T10:00", // 5pm is after hours
    "2027-01-08T16:30, PT8H, 2027-01-11T16:30", // a whole working day over a weekend
    "2027-01-11T09:00, PT8H, 2027-01-11T17:00", // exactly one day ends at 5pm
    "2027-01-11T09:00, PT16H, 2027-01-12T17:00", // two days
    "2027-03-26T15:00, PT4H, 2027-03-29T11:00", // over the clocks going forward
    "2027-10-29T15:00, PT4H, 2027-11-01T11:00", // over the clocks going back
    "2027-03-31T09:30, PT4H, 2027-03-31T13:30", // British Summer Time
  })
  void addsWorkingTimeMondayToFridayNineToFiveUkTime(
      LocalDateTime raised, Duration amount, LocalDateTime escalates) {
    Instant from = raised.atZone(WorkingHours.UK).toInstant();

    assertThat(WorkingHours.add(from, amount).atZone(WorkingHours.UK).toLocalDateTime())
        .isEqualTo(escalates);
  }

  @Test
  void fridayFourPmPlusFourHoursIsMondayNoonInUtcInWinter() {
    assertThat(WorkingHours.add(Instant.parse("2027-01-08T16:00:00Z"), Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2027-01-11T12:00:00Z"));
  }

  @Test
  void refusesNegativeTime() {
    assertThatThrownBy(() -> WorkingHours.add(Instant.now(), Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
