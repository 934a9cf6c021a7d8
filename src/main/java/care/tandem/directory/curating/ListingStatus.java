package care.tandem.directory.curating;

import java.util.Arrays;
import java.util.Optional;

/** ORUK service status codes with the plain words editors choose from. */
enum ListingStatus {
  ACTIVE("active", "Running"),
  TEMPORARILY_CLOSED("temporarily closed", "Closed for now"),
  INACTIVE("inactive", "Not running at the moment"),
  DEFUNCT("defunct", "Closed for good");

  private final String code;
  private final String label;

  ListingStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  String code() {
    return code;
  }

  String label() {
    return label;
  }

  static Optional<ListingStatus> fromCode(@org.jspecify.annotations.Nullable String code) {
    return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
  }
}
