package care.tandem.directory.curating;

import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the review queue and for resolving a problem report. */
public final class ReviewPage {

  private ReviewPage() {}

  /** A page of the queue. */
  public record Queue(
      int total,
      String reviewAfter,
      List<Item> items,
      Pagination.@Nullable Step previous,
      Pagination.@Nullable Step next,
      @Nullable String notice,
      boolean noticeIsSuccess) {}

  /** One listing to review, with its open problem reports. */
  public record Item(
      String name,
      String editHref,
      String checkAction,
      int version,
      String status,
      String lastChecked,
      boolean overdue,
      String owner,
      List<Report> reports) {}

  /** An open problem report and the link to resolve it. */
  public record Report(String description, String reportedOn, String resolveHref) {}

  /** The page to resolve one report. */
  public record Resolve(
      String serviceName, String description, String reportedOn, String action, FormView form) {}
}
