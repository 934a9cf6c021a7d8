package care.tandem.directory.signposting;

import java.util.List;

/**
 * The team's list of signposts still waiting for an outcome after some weeks, oldest first.
 *
 * @param weeks how many weeks old, as the filter shows it
 */
public record FollowUpPage(int weeks, List<Line> signposts) {

  /** One signpost to follow up, linking to where the outcome is recorded. */
  public record Line(
      String personName,
      String serviceName,
      String signposted,
      String waiting,
      String outcomeHref) {}
}
