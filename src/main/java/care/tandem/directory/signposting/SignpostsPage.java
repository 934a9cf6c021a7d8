package care.tandem.directory.signposting;

import care.tandem.care.web.RecordHeader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person's signposts on their record: each service, why, who and when, and what came of it.
 *
 * @param canRecord the person or a team member may add signposts and record outcomes (not
 *     break-glass)
 */
public record SignpostsPage(
    RecordHeader header, boolean isThePerson, boolean canRecord, List<Line> signposts) {

  public String findHref() {
    return "/directory";
  }

  /**
   * One signpost as the page shows it.
   *
   * @param latest the latest outcome in words, or null when none is recorded yet
   * @param outcomeHref where to record what happened, or null when the viewer may not
   */
  public record Line(
      String id,
      String serviceName,
      String serviceHref,
      String reason,
      String signposted,
      @Nullable String latest,
      List<Earlier> history,
      @Nullable String outcomeHref) {}

  /** One outcome recorded, oldest first: "It helped", a note, "Sam Taylor on 3 March 2026". */
  public record Earlier(String outcome, @Nullable String note, String recorded) {}
}
