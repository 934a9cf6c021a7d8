package care.tandem.guide.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetDateTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void threeEmptyBoxesMeanNoDate() {
    TargetDate date = read(" ", "", "");
    assertThat(date.isValid()).isTrue();
    assertThat(date.date()).isNull();
  }

  @Test
  void readsADateInTheFuture() {
    assertThat(read("1", "2", "2027").date()).isEqualTo(LocalDate.of(2027, 2, 1));
  }

  @Test
  void todayIsNotInTheFuture() {
    assertThat(read("26", "11", "2026").error()).isEqualTo("Enter a date in the future");
  }

  @Test
  void namesTheMissingParts() {
    assertThat(read("", "", "2027").error()).isEqualTo("Target date must include a day and month");
    assertThat(read("1", "", "").field()).isEqualTo(TargetDate.MONTH);
  }

  @Test
  void refusesImpossibleAndFarAwayDates() {
    assertThat(read("29", "2", "2027").error()).isEqualTo("Target date must be a real date");
    assertThat(read("1", "13", "2027").error()).isEqualTo("Target date must be a real date");
    assertThat(read("-1", "2", "2027").error()).isEqualTo("Target date must be a real date");
    assertThat(read("1", "1", "2040").error())
        .isEqualTo("Target date must be within the next 10 years");
  }

  private static TargetDate read(String day, String month, String year) {
    return TargetDate.read(new PlanItemForm("", day, month, year, "0"), TODAY);
  }
}
