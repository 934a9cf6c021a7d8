package care.tandem.measures.assigning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The date asked for with a questionnaire, read by the shared date input, with its own words. */
class AssignFormTests {

  private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

  @Test
  void readsARealDateWithinTheNext2Years() {
    AssignForm.Checked checked = form("15", "3", "2027").check(Set.of("phq-9"), TODAY);
    assertThat(checked.value()).isNotNull();
    assertThat(checked.value().date()).isEqualTo(LocalDate.of(2027, 3, 15));
  }

  @Test
  void asksForTheDateWhenItIsBlankIncompleteOrNotReal() {
    for (String[] typed :
        new String[][] {{"", "", ""}, {"15", "", "2027"}, {"31", "2", "2028"}, {"1", "4", "27"}}) {
      AssignForm.Checked checked = form(typed[0], typed[1], typed[2]).check(Set.of("phq-9"), TODAY);
      assertThat(checked.dateError()).isEqualTo("Enter the date it is due");
      assertThat(checked.form().field("dateDay").error()).isEqualTo("Enter the date it is due");
    }
  }

  @Test
  void keepsTheRangeMessages() {
    assertThat(form("9", "3", "2027").check(Set.of("phq-9"), TODAY).dateError())
        .isEqualTo("The date must be today or in the future");
    assertThat(form("11", "3", "2029").check(Set.of("phq-9"), TODAY).dateError())
        .isEqualTo("The date must be within 2 years");
  }

  @Test
  void anAppointmentAsksForTheDateOfTheAppointment() {
    assertThat(new AppointmentForm("30", "2", "2027", "0").problem(TODAY))
        .isEqualTo("Enter the date of the appointment");
  }

  private static AssignForm form(String day, String month, String year) {
    return new AssignForm("phq-9", "once", null, day, month, year, UUID.randomUUID().toString());
  }
}
