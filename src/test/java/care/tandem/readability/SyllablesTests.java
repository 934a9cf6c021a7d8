package care.tandem.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTests {

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "a, 1",
    "the, 1",
    "pain, 1",
    "care, 1",
    "health, 1",
    "you, 1",
    "yes, 1",
    "makes, 1",
    "walked, 1",
    "free, 1",
    "goes, 1",
    "table, 2",
    "people, 2",
    "wanted, 2",
    "boxes, 2",
    "changes, 2",
    "mental, 2",
    "being, 2",
    "going, 2",
    "system, 2",
    "many, 2",
    "talking, 2",
    "syllable, 3",
    "continue, 3",
    "family, 3",
    "together, 3",
    "anxiety, 4",
    "practitioner, 4",
    "depression, 3",
    "understanding, 4",
    "relationships, 4",
    "information, 4",
    "accessibility, 6",
    "Everyone's, 3",
  })
  void countsSyllablesTheWayTheWordSounds(String word, int syllables) {
    assertThat(Syllables.in(word)).isEqualTo(syllables);
  }

  @ParameterizedTest
  @CsvSource({"'', 0", "2026, 0", "'—', 0"})
  void countsNothingWhereThereIsNoWord(String text, int syllables) {
    assertThat(Syllables.in(text)).isEqualTo(syllables);
  }
}
