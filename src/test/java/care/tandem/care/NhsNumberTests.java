package care.tandem.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTests {

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "9990012342", "4010232137", "9876543210"})
  void acceptsNumbersWithTheRightCheckDigit(String digits) {
    assertThat(NhsNumber.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"9434765918", "9434765910", "9876543211", "1234567890"})
  void rejectsNumbersWithTheWrongCheckDigit(String digits) {
    assertThat(NhsNumber.isValid(digits)).isFalse();
  }

  @Test
  void rejectsNumbersWhoseCheckDigitWouldBeTen() {
    // 1000000010: 1×10 + 1×2 = 12, 12 mod 11 = 1, 11 - 1 = 10, so no last digit makes it valid.
    for (int last = 0; last <= 9; last++) {
      assertThat(NhsNumber.isValid("100000001" + last)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "943476591", "94347659190", "943476591X", "９４３４７６５９１９"})
  void rejectsAnythingButTenPlainDigits(String typed) {
    assertThat(NhsNumber.parse(typed)).isEmpty();
  }

  @Test
  void readsNumbersTypedWithSpacesOrHyphens() {
    assertThat(NhsNumber.parse("943 476 5919")).contains(new NhsNumber("9434765919"));
    assertThat(NhsNumber.parse(" 943-476-5919 ")).contains(new NhsNumber("9434765919"));
  }

  @Test
  void showsTheNumberInThreeGroups() {
    assertThat(new NhsNumber("9434765919").formatted()).isEqualTo("943 476 5919");
  }

  @Test
  void cannotBeMadeFromAnInvalidNumber() {
    assertThatThrownBy(() -> new NhsNumber("9434765918"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
