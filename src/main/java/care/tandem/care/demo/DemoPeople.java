package care.tandem.care.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The ids of the demo people the demo profile seeds, so other parts of Tandem can add their plans,
 * conversations and measures. Stable across restarts: derived from the name, as the identity module
 * derives the demo accounts' ids.
 */
public final class DemoPeople {

  /** Persistent low back pain with depression; has the demo patient account patient@demo.tandem. */
  public static final UUID SAM_TAYLOR = idFor("Sam Taylor");

  /** Neck pain with anxiety after a car accident. */
  public static final UUID AISHA_RAHMAN = idFor("Aisha Rahman");

  /** Widespread pain, past trauma, and caring for her son. */
  public static final UUID DENISE_HOLT = idFor("Denise Holt");

  public static final List<UUID> ALL = List.of(SAM_TAYLOR, AISHA_RAHMAN, DENISE_HOLT);

  private DemoPeople() {}

  static UUID idFor(String name) {
    return UUID.nameUUIDFromBytes(("tandem-demo:person:" + name).getBytes(StandardCharsets.UTF_8));
  }
}
