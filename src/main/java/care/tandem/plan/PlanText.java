package care.tandem.plan;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reading what people typed and what our own hidden fields carry. */
final class PlanText {

  /** The value of the "the person" choice, where a team member's account id would be. */
  static final String THE_PERSON = "person";

  private PlanText() {}

  /**
   * Text as stored: line breaks kept, other control characters (which PostgreSQL may refuse)
   * removed, spaces at either end trimmed.
   */
  static String clean(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
  }

  static Optional<UUID> uuid(@Nullable String text) {
    if (text == null || !text.matches("[0-9a-fA-F-]{36}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** An owner or assignee choice: empty for no choice or one we never offer. */
  static Optional<Optional<UUID>> member(@Nullable String choice) {
    if (THE_PERSON.equals(choice)) {
      return Optional.of(Optional.empty());
    }
    return uuid(choice).map(Optional::of);
  }

  static String memberValue(@Nullable UUID member) {
    return member == null ? THE_PERSON : member.toString();
  }

  /** A version from a hidden field; an unreadable one can never match, so it cannot save. */
  static int version(@Nullable String text) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static <E extends Enum<E>> Optional<E> choice(Class<E> type, @Nullable String text) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}
