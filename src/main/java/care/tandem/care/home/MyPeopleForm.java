package care.tandem.care.home;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The practitioner's search of their people, as sent in the address: all text, so nothing sent can
 * fail to bind. An unknown sort or page number is ignored; an overlong search is explained. Public
 * because the shared {@code FormView} reads its fields by reflection.
 */
public record MyPeopleForm(
    @Size(
            max = PeopleSearch.MAX_LENGTH,
            message = "Search must be " + PeopleSearch.MAX_LENGTH + " characters or fewer")
        @Nullable String search,
    @Nullable String sort,
    @Nullable String page) {

  PeopleSearch peopleSearch() {
    return new PeopleSearch(search == null ? "" : search);
  }

  PeopleSort peopleSort() {
    return PeopleSort.of(sort);
  }

  /** The page asked for, or the first when the number is missing or makes no sense. */
  int pageNumber() {
    if (page == null || !page.strip().matches("[1-9][0-9]{0,5}")) {
      return 1;
    }
    return Integer.parseInt(page.strip());
  }
}
