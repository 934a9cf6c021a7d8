package care.tandem.care.home;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How a practitioner's list of people can be sorted; anything else asked for means by name. */
enum PeopleSort {
  NAME("name", "Name"),
  ACTIVITY("activity", "Latest activity"),
  UNREAD("unread", "Unread messages"),
  REPLIES("replies", "Replies awaited from you"),
  ACTIONS("actions", "Your actions due");

  private final String value;
  private final String label;

  PeopleSort(String value, String label) {
    this.value = value;
    this.label = label;
  }

  String value() {
    return value;
  }

  String label() {
    return label;
  }

  boolean needsConversation() {
    return this == UNREAD || this == REPLIES;
  }

  static PeopleSort of(@Nullable String value) {
    return Optional.ofNullable(value)
        .map(String::strip)
        .flatMap(v -> Arrays.stream(values()).filter(sort -> sort.value.equals(v)).findFirst())
        .orElse(NAME);
  }
}
