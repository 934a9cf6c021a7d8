package care.tandem.audit.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's codes in words for the admin page: "care-plan.viewed" is "Care plan viewed",
 * "PRACTITIONER" is "Practitioner", an id is the name it stands for, and the address of the
 * computer Tandem runs on is "this computer".
 */
final class AuditWords {

  private static final Set<String> THIS_COMPUTER =
      Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1", "localhost");

  /** Codes whose words would otherwise read badly. */
  private static final Map<String, String> ACTIONS =
      Map.of(
          "fhir.read", "Read by a connected system (FHIR)",
          "fhir.search", "Searched by a connected system (FHIR)",
          "fhir.request", "Request from a connected system (FHIR)",
          "audit.searched", "Audit log searched",
          "audit.verified", "Audit log checked");

  private AuditWords() {}

  static String action(String code) {
    String known = ACTIONS.get(code);
    return known != null ? known : sentence(code.replace('.', ' ').replace('-', ' '));
  }

  static @Nullable String role(@Nullable String code) {
    return code == null ? null : sentence(code.replace('_', ' ').toLowerCase(Locale.UK));
  }

  /** "personFilter" is "Person filter". */
  static String detailKey(String key) {
    return sentence(key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').replace('_', ' '));
  }

  /** A detail's value: an address, an id with its name if known, or the text as stored. */
  static String detailValue(String key, String value, Function<UUID, @Nullable String> names) {
    if (key.toLowerCase(Locale.UK).contains("address") && THIS_COMPUTER.contains(value.strip())) {
      return "this computer";
    }
    UUID id = uuid(value);
    if (id != null) {
      String name = names.apply(id);
      return name == null ? value : name;
    }
    return value;
  }

  static @Nullable UUID uuid(String value) {
    if (value.length() != 36) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }

  private static String sentence(String words) {
    String lower = words.strip().toLowerCase(Locale.UK);
    return lower.isEmpty()
        ? lower
        : lower.substring(0, 1).toUpperCase(Locale.UK) + lower.substring(1);
  }
}
