package care.tandem.directory.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Postcodes someone probably meant when what they typed is not shaped like one: the letter O for a
 * zero, I or L for a one (and the other way round), a stray dash or dot, or one character left out.
 * Each candidate has a cost (characters changed); the lookup keeps those that exist.
 */
final class PostcodeSuggestions {

  private static final Pattern SHAPE =
      Pattern.compile("^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})$");
  private static final Map<Character, String> LOOKALIKES =
      Map.of(
          'O', "0", '0', "O", 'I', "1", 'L', "1", '1', "IL", 'S', "5", '5', "S", 'Z', "2", '2', "Z",
          'B', "8");
  private static final String CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int MAX_CHANGES = 2;

  private PostcodeSuggestions() {}

  /** Compact candidate postcodes with how many characters each changes, cheapest first. */
  static Map<String, Integer> candidates(String typed) {
    String compact = typed.toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", "");
    Map<String, Integer> found = new LinkedHashMap<>();
    if (compact.length() < 4 || compact.length() > 8) {
      return found;
    }
    if (SHAPE.matcher(compact).matches()) {
      found.put(compact, 0);
      return found;
    }
    lookalikes(compact, 0, 0, new StringBuilder(), found);
    if (compact.length() <= 6) {
      for (int at = 0; at <= compact.length(); at++) {
        for (char added : CHARACTERS.toCharArray()) {
          String candidate = compact.substring(0, at) + added + compact.substring(at);
          if (SHAPE.matcher(candidate).matches()) {
            found.putIfAbsent(candidate, 1);
          }
        }
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(found.entrySet());
    sorted.sort(Map.Entry.comparingByValue());
    Map<String, Integer> cheapestFirst = new LinkedHashMap<>();
    sorted.forEach(entry -> cheapestFirst.put(entry.getKey(), entry.getValue()));
    return cheapestFirst;
  }

  private static void lookalikes(
      String compact, int at, int changes, StringBuilder built, Map<String, Integer> found) {
    if (at == compact.length()) {
      String candidate = built.toString();
      if (changes > 0 && SHAPE.matcher(candidate).matches()) {
        found.merge(candidate, changes, Math::min);
      }
      return;
    }
    char typed = compact.charAt(at);
    built.append(typed);
    lookalikes(compact, at + 1, changes, built, found);
    built.setLength(built.length() - 1);
    if (changes < MAX_CHANGES) {
      for (char other : LOOKALIKES.getOrDefault(typed, "").toCharArray()) {
        built.append(other);
        lookalikes(compact, at + 1, changes + 1, built, found);
        built.setLength(built.length() - 1);
      }
    }
  }
}
