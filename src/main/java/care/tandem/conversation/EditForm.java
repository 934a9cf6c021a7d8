package care.tandem.conversation;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A changed message text, with the version the edit started from. */
record EditForm(
    @NotBlank(message = "Enter a message") @Nullable String text, @Nullable String version) {

  /** The version the edit started from; an unreadable one can never match, so it cannot save. */
  int startingVersion() {
    try {
      return Integer.parseInt(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
