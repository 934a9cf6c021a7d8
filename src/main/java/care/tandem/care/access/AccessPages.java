package care.tandem.care.access;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the access pages. */
public final class AccessPages {

  private AccessPages() {}

  /** "Who has looked at my record", newest first, a page at a time. */
  public record AccessLogPage(
      RecordHeader header,
      List<Look> looks,
      long total,
      Pagination.@Nullable Step previous,
      Pagination.@Nullable Step next) {}

  /** One entry: who, as what, did what, when, and whether they were let in. */
  public record Look(
      String who, String role, String what, String when, String isoTime, boolean refused) {}

  public record BreakGlassPage(FormView form, String timeLimit) {}

  /** Grants for admins to review, oldest first. */
  public record ReviewPage(List<Grant> grants, @Nullable String notice) {}

  public record Grant(
      String id,
      String who,
      String person,
      String reason,
      String started,
      String expires,
      boolean active,
      String reviewAction) {}
}
