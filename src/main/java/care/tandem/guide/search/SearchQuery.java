package care.tandem.guide.search;

import org.jspecify.annotations.Nullable;

/**
 * What a person typed into the search box, made safe to search with: control and private-use
 * characters removed, spaces tidied, and a length limit with a message that says what to do.
 */
public record SearchQuery(String text, @Nullable String error) {

  static final int MAX_LENGTH = 200;

  static SearchQuery of(@Nullable String typed) {
    if (typed == null) {
      return new SearchQuery("", null);
    }
    String text =
        typed.replaceAll("[\\p{Cntrl}\\p{Co}\\p{Cs}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
    if (text.length() > MAX_LENGTH) {
      return new SearchQuery(
          text.substring(0, MAX_LENGTH),
          "Search words must be " + MAX_LENGTH + " characters or fewer");
    }
    return new SearchQuery(text, null);
  }

  public boolean isBlank() {
    return text.isEmpty();
  }

  public boolean canSearch() {
    return error == null && !text.isEmpty();
  }
}
