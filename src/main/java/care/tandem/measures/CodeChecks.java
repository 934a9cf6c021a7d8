package care.tandem.measures;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a code is well formed for its system, check digit included, so that a mistyped SNOMED CT
 * or LOINC code in an instrument file stops start-up instead of reaching a shared record.
 */
final class CodeChecks {

  static final String SNOMED = "http://snomed.info/sct";
  static final String LOINC = "http://loinc.org";

  private static final Pattern SNOMED_ID = Pattern.compile("[1-9][0-9]{5,17}");
  private static final Pattern LOINC_CODE = Pattern.compile("([0-9]{1,7})-([0-9])");
  private static final Pattern LOINC_ANSWER_OR_PART = Pattern.compile("L[AGP][0-9]{1,8}-[0-9]");
  private static final Pattern ABSOLUTE_URI = Pattern.compile("(https?://|urn:)[^\\s]+");

  private static final int[][] VERHOEFF_D = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
    {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
    {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
  };
  private static final int[][] VERHOEFF_P = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
    {9, 4, 5, 3, 1, 2, 0, 7, 6, 8},
    {4, 2, 8, 6, 5, 7, 9, 3, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
    {7, 0, 4, 6, 9, 1, 3, 2, 8, 0}
  };

  private CodeChecks() {}

  static boolean isAbsoluteUri(String uri) {
    return ABSOLUTE_URI.matcher(uri).matches();
  }

  /** Null when the code is well formed for the system, or why it is not. */
  static @Nullable String problem(String system, String code) {
    if (!isAbsoluteUri(system)) {
      return "system " + system + " is not an absolute URI";
    }
    if (!code.equals(code.strip()) || code.isEmpty()) {
      return "code must not start or end with spaces";
    }
    if (SNOMED.equals(system)) {
      if (!SNOMED_ID.matcher(code).matches() || !verhoeffValid(code)) {
        return code + " is not a valid SNOMED CT identifier (check digit)";
      }
    } else if (LOINC.equals(system)) {
      var match = LOINC_CODE.matcher(code);
      if (LOINC_ANSWER_OR_PART.matcher(code).matches()) {
        return null;
      }
      if (!match.matches() || !luhnValid(match.group(1) + match.group(2))) {
        return code + " is not a valid LOINC code (check digit)";
      }
    }
    return null;
  }

  /** SNOMED CT identifiers end in a Verhoeff check digit. */
  static boolean verhoeffValid(String digits) {
    int check = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      check = VERHOEFF_D[check][VERHOEFF_P[i % 8][digit]];
    }
    return check == 0;
  }

  /** LOINC codes end in a mod 10 (Luhn) check digit after the hyphen. */
  static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
