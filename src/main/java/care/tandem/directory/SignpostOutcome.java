package care.tandem.directory;

import java.util.Arrays;
import java.util.Optional;

/** What came of a signpost, as the person or a team member recorded it. Codes as stored. */
public enum SignpostOutcome {
  CONTACTED("contacted", "Got in touch"),
  WAITING("waiting", "Waiting to hear back or to start"),
  ATTENDING("attending", "Going to it"),
  NOT_SUITABLE("not-suitable", "Not suitable"),
  HELPED("helped", "It helped"),
  DID_NOT_HELP("did-not-help", "It did not help");

  private final String code;
  private final String label;

  SignpostOutcome(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<SignpostOutcome> ofCode(String code) {
    return Arrays.stream(values()).filter(outcome -> outcome.code.equals(code)).findFirst();
  }
}
