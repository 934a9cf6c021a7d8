package care.tandem.directory.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The postcodes someone probably meant, before we check which exist. */
class PostcodeSuggestionsTests {

  @Test
  void suggestsAZeroForTheLetterO() {
    assertThat(PostcodeSuggestions.candidates("ST5 OBG")).containsEntry("ST50BG", 1);
  }

  @Test
  void suggestsAOneForTheLettersIAndL() {
    assertThat(PostcodeSuggestions.candidates("LS1 IUR")).containsEntry("LS11UR", 1);
    assertThat(PostcodeSuggestions.candidates("LSI 1UR")).containsEntry("LS11UR", 1);
    assertThat(PostcodeSuggestions.candidates("SE1 L7EH")).isNotEmpty();
  }

  @Test
  void suggestsAMissingCharacter() {
    assertThat(PostcodeSuggestions.candidates("ST5 5B")).containsKey("ST55BG");
    assertThat(PostcodeSuggestions.candidates("ST5 BG")).containsKey("ST55BG");
  }

  @Test
  void readsThroughStrayPunctuation() {
    assertThat(PostcodeSuggestions.candidates("st5-5bg")).containsEntry("ST55BG", 0);
  }

  @Test
  void suggestsNothingForWhatIsNothingLikeAPostcode() {
    assertThat(PostcodeSuggestions.candidates("pain")).isEmpty();
    assertThat(PostcodeSuggestions.candidates("<script>alert(1)</script>")).isEmpty();
  }

  @Test
  void saysWhatToDoInEachCase() {
    assertThat(PostcodePlace.notValid(null).message())
        .isEqualTo("Enter a real postcode, like ST5 5BG");
    assertThat(PostcodePlace.notValid(new care.tandem.directory.Postcode("ST50BG")).message())
        .isEqualTo("Enter a real postcode. Did you mean ST5 0BG?");
    assertThat(PostcodePlace.unknown(new care.tandem.directory.Postcode("ST59ZZ")).message())
        .isEqualTo("We cannot find ST5 9ZZ. Check the postcode, or search without one.");
  }
}
