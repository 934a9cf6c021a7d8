package care.tandem.conversation;

import org.jspecify.annotations.Nullable;

/**
 * What a message's text may be, and how it is stored: line breaks kept (as {@code \n}), other
 * control characters removed, no leading or trailing blank space, at most {@link #MAX_LENGTH}
 * characters. Script stays plain text: templates escape it when they show it.
 */
final class MessageText {

  static final int MAX_LENGTH = 5000;

  static final String TOO_LONG = "Your message must be 5,000 characters or fewer";

  private MessageText() {}

  static String normalise(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
        .strip();
  }

  static boolean isTooLong(@Nullable String text) {
    String normal = normalise(text);
    return normal.codePointCount(0, normal.length()) > MAX_LENGTH;
  }

  /** The text ready to store, or an exception for text no form should have let through. */
  static String checked(@Nullable String text) {
    String normal = normalise(text);
    if (normal.isEmpty() || isTooLong(normal)) {
      throw new IllegalArgumentException("A message must have 1 to 5,000 characters");
    }
    return normal;
  }
}
