package care.tandem.guide.browse;

import care.tandem.guide.browse.GuideViews.ProblemSummary;
import care.tandem.system.components.Pagination;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of problems matching a filter, with links to the pages before and after. */
public record ProblemList(
    ProblemFilter filter, List<ProblemSummary> problems, int total, int page, int pages) {

  static final int PAGE_SIZE = 10;

  /** The position of the first problem on this page, counting from 1. */
  public int firstShown() {
    return (page - 1) * PAGE_SIZE + 1;
  }

  public int lastShown() {
    return firstShown() + problems.size() - 1;
  }

  public Pagination.@Nullable Step previous() {
    return page > 1 ? new Pagination.Step(href(page - 1), label(page - 1)) : null;
  }

  public Pagination.@Nullable Step next() {
    return page < pages ? new Pagination.Step(href(page + 1), label(page + 1)) : null;
  }

  private String label(int number) {
    return "Page " + number + " of " + pages;
  }

  public String href(int number) {
    return "/guide/problems?" + filter.queryString() + "page=" + number;
  }
}
