package care.tandem.directory.finding;

import care.tandem.directory.Position;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of services found: the criteria, how many services match in all, and this page's
 * services in order (nearest first from a postcode, best match first for words, else by name).
 */
public record SearchPage(
    SearchCriteria criteria, @Nullable Position origin, int total, List<ServiceSummary> services) {

  public SearchPage {
    services = List.copyOf(services);
  }

  public int pageCount() {
    return Math.max(1, (total + SearchCriteria.PAGE_SIZE - 1) / SearchCriteria.PAGE_SIZE);
  }

  /** Asked for a page after the last one (there are results, but not that many). */
  public boolean beyondLastPage() {
    return criteria.page() > pageCount();
  }

  public boolean hasNext() {
    return criteria.page() < pageCount();
  }

  public boolean hasPrevious() {
    return criteria.page() > 1 && !beyondLastPage();
  }
}
