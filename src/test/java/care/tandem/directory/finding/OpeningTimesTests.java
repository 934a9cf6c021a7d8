package care.tandem.directory.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening times in the words a person would use. */
class OpeningTimesTests {

  @Test
  void saysOneDayAsAPlural() {
    assertThat(words("WEEKLY", "TU", "10:00", "12:00")).isEqualTo("Tuesdays 10am to 12pm");
  }

  @Test
  void saysARunOfDaysAsARange() {
    assertThat(words("WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:30"))
        .isEqualTo("Monday to Friday 9am to 5:30pm");
    assertThat(words("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "08:00", "20:00"))
        .isEqualTo("Every day 8am to 8pm");
  }

  @Test
  void listsDaysApart() {
    assertThat(words("WEEKLY", "MO,WE,FR", "13:00", "15:00"))
        .isEqualTo("Mondays, Wednesdays and Fridays 1pm to 3pm");
  }

  @Test
  void saysMonthlyOpenings() {
    assertThat(words("MONTHLY", "1MO", "18:00", "20:00"))
        .isEqualTo("First Monday of the month 6pm to 8pm");
    assertThat(words("MONTHLY", "-1FR", null, null)).isEqualTo("Last Friday of the month");
  }

  @Test
  void keepsTheDescriptionWhenThereAreNoDays() {
    assertThat(
            OpeningTimes.inWords(
                List.of(new OpeningTimes.Opening(null, null, null, null, "By appointment"))))
        .containsExactly("By appointment");
  }

  private static String words(String freq, String byday, String opens, String closes) {
    return OpeningTimes.inWords(
            List.of(
                new OpeningTimes.Opening(
                    freq,
                    byday,
                    opens == null ? null : LocalTime.parse(opens),
                    closes == null ? null : LocalTime.parse(closes),
                    null)))
        .get(0);
  }
}
