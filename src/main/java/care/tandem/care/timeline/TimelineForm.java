package care.tandem.care.timeline;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The timeline's address parameters, as sent: the filters ticked ({@code show}), the page, and the
 * last visit the page compares with ({@code since}), so "new" stays put while someone pages or
 * filters. All text, so nothing sent can fail to bind; nonsense is ignored. Public because the
 * shared {@code FormView} reads its fields by reflection.
 */
public record TimelineForm(
    @Nullable List<String> show, @Nullable String page, @Nullable String since) {

  /** The page asked for, or the first page when the number is missing or makes no sense. */
  int pageNumber() {
    if (page == null || !page.strip().matches("[1-9][0-9]{0,5}")) {
      return 1;
    }
    return Math.min(Integer.parseInt(page.strip()), Timeline.MAX_PAGE);
  }
}
