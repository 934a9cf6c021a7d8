package care.tandem.measures.answering;

import care.tandem.care.web.RecordHeader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaires page: what is due, what is half done, what can be started, what the team has
 * assigned, and what was sent.
 *
 * @param canAnswer the person, or a team member completing one with them (not break-glass)
 * @param assignHref where a team member assigns one; null for anyone else
 */
public record QuestionnairesPage(
    RecordHeader header,
    boolean isThePerson,
    boolean canAnswer,
    List<Line> due,
    List<Line> inProgress,
    List<Line> available,
    List<Assigned> assigned,
    List<Line> completed,
    @Nullable String assignHref) {

  /** A questionnaire with a link: "PHQ-9", "Due 3 May 2026", "/people/.../start", "Start". */
  public record Line(String title, String detail, String href, String linkText) {}

  /**
   * An assignment as the team sees it, with the form to end it.
   *
   * @param appointmentHref where to set the next appointment; only for open before-appointment ones
   */
  public record Assigned(
      String title,
      String schedule,
      String nextDue,
      @Nullable String endAction,
      @Nullable String appointmentHref,
      int version,
      String key) {}
}
