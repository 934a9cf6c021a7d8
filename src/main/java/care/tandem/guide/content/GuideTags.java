package care.tandem.guide.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The roles and settings a problem can be tagged with, each with the label people see. */
public final class GuideTags {

  /** Role slug to label, in the order filters show them. */
  public static final Map<String, String> ROLES =
      ordered(
          "physiotherapist", "Physiotherapists",
          "mental-health-practitioner", "Mental health practitioners",
          "gp", "GPs",
          "pain-specialist", "Pain specialists",
          "volunteer", "Volunteers and peer supporters",
          "service-lead", "Service leads");

  /** Setting slug to label, in the order filters show them. */
  public static final Map<String, String> SETTINGS =
      ordered(
          "msk-service", "Musculoskeletal (MSK) services",
          "pain-service", "Pain services",
          "mental-health-service", "Mental health services",
          "primary-care", "Primary care",
          "voluntary-sector", "Voluntary sector",
          "hospital", "Hospitals");

  private GuideTags() {}

  private static Map<String, String> ordered(String... slugsAndLabels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < slugsAndLabels.length; i += 2) {
      map.put(slugsAndLabels[i], slugsAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }
}
