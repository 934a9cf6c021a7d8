package care.tandem.directory.finding;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.directory.Postcode;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the search page's parameters: what is used, and a clear message for what is not. */
class SearchParametersTests {

  @Test
  void readsEveryCriterionOfTheUrlContract() {
    SearchRequest request =
        SearchParameters.readQuery(
            "need=peer-support&need=sleep&q=walking+group&postcode=st55bg&within=5&free=yes"
                + "&age=42&day=tuesday&delivery=in-person&delivery=online&language=Polish"
                + "&access=step-free-access&self-referral=yes&page=2");
    SearchCriteria criteria = request.criteria();

    assertThat(request.errors()).isEmpty();
    assertThat(criteria.needs()).containsExactly(DirectoryTerm.PEER_SUPPORT, DirectoryTerm.SLEEP);
    assertThat(criteria.text()).isEqualTo("walking group");
    assertThat(criteria.postcode()).isEqualTo(new Postcode("ST55BG"));
    assertThat(criteria.withinKm()).isEqualTo(5);
    assertThat(criteria.freeOnly()).isTrue();
    assertThat(criteria.age()).isEqualTo(42);
    assertThat(criteria.day()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(criteria.delivery()).containsExactly(DirectoryTerm.IN_PERSON, DirectoryTerm.ONLINE);
    assertThat(criteria.language()).isEqualTo("Polish");
    assertThat(criteria.access()).containsExactly(DirectoryTerm.STEP_FREE_ACCESS);
    assertThat(criteria.selfReferral()).isTrue();
    assertThat(criteria.page()).isEqualTo(2);
  }

  @Test
  void writesTheSameSearchBackAsItsAddress() {
    String query =
        "need=peer-support&q=walking+group&postcode=ST5+5BG&within=5&free=yes&age=42&day=tuesday"
            + "&delivery=in-person&language=Polish&access=step-free-access&self-referral=yes"
            + "&page=2";

    assertThat(SearchParameters.readQuery(query).criteria().toQuery()).isEqualTo(query);
  }

  @Test
  void refusesDistancesThatAreNotOffered() {
    for (String absurd : List.of("3", "0", "-5", "201", "100000", "ten", "1e9", "5.5")) {
      assertThat(errors("within=" + absurd))
          .as(absurd)
          .containsExactly(Map.entry("within", "Select a distance from the list"));
    }
  }

  @Test
  void saysWhatIsWrongWithAnAge() {
    assertThat(errors("age=-3")).containsEntry("age", "Age must be 0 or more");
    assertThat(errors("age=forty")).containsEntry("age", "Enter an age in whole years, like 42");
    assertThat(errors("age=4000")).containsEntry("age", "Age must be 150 or less");
    assertThat(SearchParameters.readQuery("age=0").criteria().age()).isZero();
  }

  @Test
  void saysWhatIsWrongWithAPageNumber() {
    for (String page : List.of("0", "-1", "two", "99999999")) {
      assertThat(errors("need=sleep&page=" + page))
          .as(page)
          .containsEntry("results", "Page number must be a whole number from 1, like 2");
    }
  }

  @Test
  void refusesUnknownDaysAndTerms() {
    assertThat(errors("day=funday")).containsEntry("day", "Select a day from the list");
    assertThat(errors("need=<script>")).containsEntry("need", "Select needs from the list");
    assertThat(errors("delivery=by-pigeon")).containsEntry("delivery", "Select how from the list");
    assertThat(errors("access=lift")).containsEntry("access", "Select features from the list");
  }

  @Test
  void limitsTheLengthOfWords() {
    assertThat(errors("q=" + "a".repeat(201)))
        .containsEntry("q", "Search words must be 200 characters or fewer");
  }

  @Test
  void listsErrorsInThePageOrder() {
    assertThat(errors("page=x&age=-1&within=3").keySet())
        .containsExactly("within", "age", "results");
  }

  @Test
  void nothingAskedIsNotASearch() {
    assertThat(SearchParameters.readQuery("").asked()).isFalse();
    assertThat(SearchParameters.readQuery("within=5").asked()).isFalse();
    assertThat(SearchParameters.readQuery("free=yes").asked()).isTrue();
  }

  private static Map<String, String> errors(String query) {
    return SearchParameters.readQuery(query).errors();
  }
}
