package care.tandem.audit;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Keeps passwords and clinical text out of the audit log. Codes and keys must look like codes; a
 * detail key that names a secret or free text is refused (a programming mistake, so it throws);
 * values are single-line and cut to {@value #MAX_VALUE_LENGTH} characters, because some come from
 * what a person typed (an attempted username) and recording an attempt must never fail.
 */
final class AuditDetails {

  static final int MAX_VALUE_LENGTH = 100;
  static final int MAX_ENTRIES = 16;
  static final Set<String> OUTCOMES = Set.of("success", "failure", "denied");

  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
  private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,39}");
  private static final Pattern WORD_BREAK = Pattern.compile("[._-]|(?<=[a-z0-9])(?=[A-Z])");

  /** Refused wherever they appear in a key: there is no safe way to log a secret. */
  private static final Set<String> SECRETS =
      Set.of(
          "password", "passwd", "passphrase", "secret", "token", "credential", "cookie", "apikey");

  /** Refused as a word of a key: these name free text, which may be clinical. */
  private static final Set<String> FREE_TEXT =
      Set.of(
          "session",
          "note",
          "comment",
          "text",
          "message",
          "body",
          "content",
          "narrative",
          "clinical",
          "diagnosis",
          "symptom",
          "answer",
          "description",
          "pin");

  private AuditDetails() {}

  static String checkedAction(String action) {
    if (!ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException(
          "An audit action is a short code such as sign-in.failed, with no spaces");
    }
    return action;
  }

  static String checkedOutcome(String outcome) {
    if (!OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException("An audit outcome is one of " + OUTCOMES);
    }
    return outcome;
  }

  static String checkedRole(String role) {
    if (!ROLE.matcher(role).matches()) {
      throw new IllegalArgumentException("An audit role is a short code such as ADMIN");
    }
    return role;
  }

  static Map<String, String> checked(Map<String, String> details) {
    if (details.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException("An audit event has at most " + MAX_ENTRIES + " details");
    }
    TreeMap<String, String> safe = new TreeMap<>();
    details.forEach(
        (key, value) -> {
          if (key == null || value == null) {
            throw new IllegalArgumentException("Audit details have no empty keys or values");
          }
          safe.put(checkedKey(key), cleaned(value));
        });
    return Collections.unmodifiableMap(safe);
  }

  private static String checkedKey(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("An audit detail key is a short name, not " + key);
    }
    String lower = key.toLowerCase(Locale.ROOT);
    boolean secret = SECRETS.stream().anyMatch(lower::contains);
    boolean freeText =
        WORD_BREAK
            .splitAsStream(key)
            .map(word -> word.toLowerCase(Locale.ROOT))
            .anyMatch(word -> FREE_TEXT.contains(word) || FREE_TEXT.contains(singular(word)));
    if (secret || freeText) {
      throw new IllegalArgumentException(
          "The audit log never stores passwords, secrets or clinical text: refused key " + key);
    }
    return key;
  }

  private static String singular(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /** One line, at most {@value #MAX_VALUE_LENGTH} characters, never splitting a character. */
  private static String cleaned(String value) {
    String oneLine = value.replaceAll("\\p{Cntrl}", " ").strip();
    if (oneLine.codePointCount(0, oneLine.length()) <= MAX_VALUE_LENGTH) {
      return oneLine;
    }
    int end = oneLine.offsetByCodePoints(0, MAX_VALUE_LENGTH - 1);
    return oneLine.substring(0, end) + "…";
  }
}
