package care.tandem.readability;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Flesch reading ease of some text: 206.835 − 1.015 × words per sentence − 84.6 × syllables per
 * word. 60–70 is plain English; 30–50 is hard going.
 */
record ReadingEase(int words, int sentences, int syllables) {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "\\b(e\\.g|i\\.e|etc|Dr|Mr|Mrs|Ms|vs|approx|no)\\.", Pattern.CASE_INSENSITIVE);

  static final ReadingEase NONE = new ReadingEase(0, 0, 0);

  /**
   * Each block (a paragraph, list item, heading, cell) ends a sentence even without a full stop.
   */
  static ReadingEase of(List<String> blocks) {
    int words = 0;
    int sentences = 0;
    int syllables = 0;
    for (String block : blocks) {
      String text =
          ABBREVIATION.matcher(block).replaceAll(match -> match.group(1).replace(".", ""));
      for (String sentence : SENTENCE_END.split(text)) {
        var matcher = WORD.matcher(sentence);
        int wordsHere = 0;
        while (matcher.find()) {
          wordsHere++;
          syllables += Syllables.in(matcher.group());
        }
        if (wordsHere > 0) {
          words += wordsHere;
          sentences++;
        }
      }
    }
    return new ReadingEase(words, sentences, syllables);
  }

  static ReadingEase of(String text) {
    return of(List.of(text));
  }

  double score() {
    if (words == 0) {
      return 0;
    }
    return 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
  }

  ReadingEase plus(ReadingEase other) {
    return new ReadingEase(
        words + other.words, sentences + other.sentences, syllables + other.syllables);
  }
}
