package care.tandem.readability;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word by its vowel sounds: each group of vowels is one, a
 * silent final "e" and a silent "-ed" or "-es" are none. A heuristic, right for most plain words.
 */
final class Syllables {

  private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");

  /** Common words the rules get wrong. */
  private static final Map<String, Integer> EXCEPTIONS =
      Map.ofEntries(
          Map.entry("area", 3),
          Map.entry("idea", 3),
          Map.entry("ideas", 3),
          Map.entry("people", 2),
          Map.entry("recipe", 3),
          Map.entry("every", 2),
          Map.entry("everyone", 3),
          Map.entry("different", 3),
          Map.entry("business", 2),
          Map.entry("physio", 3),
          Map.entry("create", 2),
          Map.entry("created", 3),
          Map.entry("science", 2),
          Map.entry("quiet", 2),
          Map.entry("anxiety", 4),
          Map.entry("via", 2),
          Map.entry("media", 3));

  private Syllables() {}

  static int in(String word) {
    String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (letters.isEmpty()) {
      return 0;
    }
    Integer known = EXCEPTIONS.get(letters);
    if (known != null) {
      return known;
    }
    if (letters.length() <= 3) {
      return 1;
    }
    // A leading "y" is a consonant (yes, you); elsewhere it sounds as a vowel (many, system).
    String sounds = letters.charAt(0) == 'y' ? "Y" + letters.substring(1) : letters;
    int count = 0;
    Matcher groups = VOWEL_GROUPS.matcher(sounds);
    while (groups.find()) {
      count++;
    }
    if (silentEnding(letters)) {
      count--;
    }
    if (letters.endsWith("ing")
        && letters.length() > 4
        && isVowel(letters.charAt(letters.length() - 4))) {
      count++; // being, going, saying: the vowel before "ing" is a syllable of its own
    }
    return Math.max(1, count);
  }

  /**
   * A final "e", "-es" or "-ed" that adds no sound: make, makes, walked (not table, boxes, wanted).
   */
  private static boolean silentEnding(String word) {
    int last = word.length() - 1;
    char before = word.charAt(last - 1);
    if (word.endsWith("le") && !isVowel(word.charAt(last - 2))) {
      return false;
    }
    if (word.endsWith("e")) {
      return !isVowel(before);
    }
    if (word.endsWith("es")) {
      char consonant = word.charAt(last - 2);
      boolean sibilant =
          "sxzcg".indexOf(consonant) >= 0 || word.endsWith("shes") || word.endsWith("ches");
      return !isVowel(consonant) && !sibilant;
    }
    if (word.endsWith("ed")) {
      char consonant = word.charAt(last - 2);
      return !isVowel(consonant) && consonant != 't' && consonant != 'd';
    }
    return false;
  }

  private static boolean isVowel(char letter) {
    return "aeiouy".indexOf(letter) >= 0;
  }
}
