package care.tandem.care;

import java.util.Optional;

/**
 * A valid NHS number: ten digits whose last is the modulus 11 check digit of the first nine. Spaces
 * and hyphens people type ("943 476 5919") are ignored; it is stored as ten digits.
 */
public record NhsNumber(String digits) {

  public NhsNumber {
    if (!isValid(digits)) {
      throw new IllegalArgumentException("Not a valid NHS number");
    }
  }

  /** The number typed, if it is a valid NHS number once spaces and hyphens are taken out. */
  public static Optional<NhsNumber> parse(String typed) {
    String digits = typed.replaceAll("[\\s-]", "");
    return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
  }

  /** True for ten digits with the right check digit; false for anything else. */
  public static boolean isValid(String digits) {
    if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    // A remainder that gives 10 means no valid number has these first nine digits.
    return check != 10 && check == digits.charAt(9) - '0';
  }

  /** As the NHS shows it: "943 476 5919". */
  public String formatted() {
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
