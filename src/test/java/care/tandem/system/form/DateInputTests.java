package care.tandem.system.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one reader of the day, month and year boxes, with each form's own wording. */
class DateInputTests {

  static final DateInput.Wording REVIEW =
      DateInput.Wording.of("Review date").required("Enter a review date");

  static DateInput.Reading read(String day, String month, String year, DateInput.Wording wording) {
    return new DateInput(day, month, year).read("reviewDate", wording);
  }

  @Test
  void readsARealDateTypedWithSpaces() {
    assertThat(read(" 1", "2 ", "2027", REVIEW).date()).isEqualTo(LocalDate.of(2027, 2, 1));
  }

  @Test
  void allBlankIsNoDateUnlessTheDateIsNeeded() {
    assertThat(read("", " ", "", DateInput.Wording.of("Target date")))
        .isEqualTo(DateInput.Reading.of(null));
    assertThat(read("", "", "", REVIEW))
        .isEqualTo(new DateInput.Reading(null, "Enter a review date", "reviewDateDay", true));
  }

  @Test
  void namesTheMissingPartsAndLinksToTheFirst() {
    assertThat(read("", "", "2027", REVIEW))
        .isEqualTo(
            new DateInput.Reading(
                null, "Review date must include a day and month", "reviewDateDay", false));
    assertThat(read("1", "", "", REVIEW).field()).isEqualTo("reviewDateMonth");
    assertThat(read("", "", "2027", REVIEW.namingFirstMissingPart()).error())
        .isEqualTo("Review date must include a day");
  }

  @Test
  void asksForAYearOf4NumbersInTheFormsWords() {
    assertThat(read("1", "2", "27", REVIEW))
        .isEqualTo(
            new DateInput.Reading(null, "Year must include 4 numbers", "reviewDateYear", false));
    assertThat(
            read("1", "2", "27", REVIEW.yearError("Date from must have a year with 4 numbers"))
                .error())
        .isEqualTo("Date from must have a year with 4 numbers");
  }

  @Test
  void refusesADateThatDoesNotExistAsAWhole() {
    for (String[] notReal :
        new String[][] {
          {"29", "2", "2027"}, {"1", "13", "2027"}, {"-1", "2", "2027"}, {"x", "2", "2027"}
        }) {
      assertThat(read(notReal[0], notReal[1], notReal[2], REVIEW))
          .isEqualTo(
              new DateInput.Reading(
                  null, "Review date must be a real date", "reviewDateDay", true));
    }
  }
}
