package care.tandem.plan;

import java.util.List;

/** The plan's history page: every version, newest first, with who made it and what it changed. */
public record PlanHistoryPage(String personId, String personName, List<Row> rows) {

  public String planHref() {
    return "/people/" + personId + "/plan";
  }

  /**
   * One version.
   *
   * @param current whether this is the plan as it stands now
   */
  public record Row(
      int version,
      String when,
      String who,
      String what,
      String title,
      String href,
      boolean current) {}
}
