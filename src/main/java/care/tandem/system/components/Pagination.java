package care.tandem.system.components;

import org.jspecify.annotations.Nullable;

/** Links for the pagination component: previous/next (with an optional page title) and numbers. */
public final class Pagination {

  private Pagination() {}

  /** A previous or next link; {@code label} names the page it leads to, if any. */
  public record Step(String href, @Nullable String label) {}

  /** A numbered page link, or an ellipsis standing for pages left out. */
  public record Page(int number, @Nullable String href, boolean current) {

    public static Page of(int number, String href, boolean current) {
      return new Page(number, href, current);
    }

    public static Page ellipsis() {
      return new Page(0, null, false);
    }

    public boolean isEllipsis() {
      return href == null;
    }
  }
}
