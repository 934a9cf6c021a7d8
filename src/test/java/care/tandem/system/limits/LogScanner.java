package care.tandem.system.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never be in a log: an NHS number (ten digits that pass the Modulus 11 check, or
 * any ten digits written 3 3 4) and the demo's clinical text (its conversation, about-me text and
 * answers, by distinctive phrases). Each finding names the line, not the text around it.
 */
final class LogScanner {

  /** Phrases only the demo's clinical content holds (each checked against its source). */
  static final List<String> DEMO_CLINICAL_PHRASES =
      List.of(
          "taking Mum shopping on Saturday",
          "The co-codamol made you",
          "I did not want anyone to think I was making",
          "Walking Bess, my dog",
          "My sick pay ends in January",
          "mornings are hard with my tablets",
          "something was missed after the crash",
          "Please do not tell me it is all in my head");

  private static final Pattern TEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{10}(?![0-9])");
  private static final Pattern THREE_THREE_FOUR =
      Pattern.compile("(?<![0-9])[0-9]{3}[ -][0-9]{3}[ -][0-9]{4}(?![0-9])");

  private LogScanner() {}

  /** Where the text holds something it must not: "line 12: NHS number", "line 40: demo text". */
  static List<String> findings(String log) {
    List<String> findings = new ArrayList<>();
    String[] lines = log.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (holdsNhsNumber(line)) {
        findings.add("line " + (i + 1) + ": an NHS number");
      }
      String lower = line.toLowerCase(Locale.ROOT);
      for (String phrase : DEMO_CLINICAL_PHRASES) {
        if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
          findings.add("line " + (i + 1) + ": demo clinical text (\"" + phrase + "\")");
        }
      }
    }
    return findings;
  }

  static boolean holdsNhsNumber(String line) {
    if (THREE_THREE_FOUR.matcher(line).find()) {
      return true;
    }
    Matcher digits = TEN_DIGITS.matcher(line);
    while (digits.find()) {
      if (passesModulus11(digits.group())) {
        return true;
      }
    }
    return false;
  }

  /** The NHS number check digit: weights 10 to 2, 11 minus the remainder, 10 never valid. */
  static boolean passesModulus11(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (tenDigits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == tenDigits.charAt(9) - '0';
  }
}
