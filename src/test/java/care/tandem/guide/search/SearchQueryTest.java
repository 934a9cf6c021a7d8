package care.tandem.guide.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void tidiesSpacesAndRemovesControlCharacters() {
    assertThat(SearchQuery.of("  back\u0000 pain\t\n ").text()).isEqualTo("back pain");
  }

  @Test
  void removesCharactersUsedToMarkHighlights() {
    assertThat(SearchQuery.of(Snippet.START + "pain" + Snippet.STOP).text()).isEqualTo("pain");
  }

  @Test
  void refusesQueriesOver200CharactersWithAMessage() {
    SearchQuery query = SearchQuery.of("pain ".repeat(60));
    assertThat(query.canSearch()).isFalse();
    assertThat(query.error()).isEqualTo("Search words must be 200 characters or fewer");
  }

  @Test
  void aMissingQueryIsBlankNotAnError() {
    assertThat(SearchQuery.of(null).isBlank()).isTrue();
    assertThat(SearchQuery.of(null).error()).isNull();
  }
}
