package care.tandem.learning.pathways;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The pathway pages' view models: text and links ready to show, nothing to work out. */
public final class PathwayPages {

  private PathwayPages() {}

  /** One pathway in the service lead's list. */
  public record PathwayLine(String title, String summary, String href, String steps) {}

  public record ListPage(List<PathwayLine> pathways, String action) {}

  /** One step on the build page, with the buttons it can have. */
  public record StepRow(
      String id, int number, String kind, String title, boolean first, boolean last) {}

  /** One reason on the build page: the count, or "fewer than 5". */
  public record ReasonRow(String reason, String count) {}

  public record BuilderPage(
      String title,
      String summary,
      int version,
      List<StepRow> steps,
      String stepsAction,
      List<Choice> kinds,
      List<Choice> pieces,
      List<Choice> questionnaires,
      List<ReasonRow> reasons,
      String backHref) {}

  /** One pathway on a person's record. */
  public record EnrolmentLine(
      String title,
      String href,
      String offered,
      String pace,
      String released,
      String opened,
      String finished,
      String checkIns,
      boolean checkInDue) {}

  public record RecordPage(
      RecordHeader header,
      boolean thePerson,
      List<EnrolmentLine> enrolments,
      @Nullable String offerAction,
      List<Choice> pathways) {}

  /** One step in the list on a person's pathway page: every step, released or still to come. */
  public record StepLine(
      int number, String title, String href, String status, String colour, boolean released) {}

  public record JourneyPage(
      RecordHeader header,
      String title,
      String summary,
      boolean thePerson,
      boolean paceChosen,
      String pace,
      String quietTime,
      boolean paused,
      @Nullable String snoozedUntil,
      @Nullable String nextStep,
      boolean allReleased,
      List<StepLine> steps,
      String paceAction,
      String changeAction,
      List<Choice> paces,
      List<Choice> quietTimes,
      @Nullable String askWhyHref,
      @Nullable String checkedInAction,
      String backHref) {}

  public record StepPage(
      RecordHeader header,
      String pathwayTitle,
      String journeyHref,
      int number,
      int of,
      String title,
      String kind,
      boolean released,
      boolean finished,
      boolean thePerson,
      @Nullable String pieceHref,
      @Nullable String pieceSummary,
      @Nullable String questionnaireHref,
      String checkInHref,
      @Nullable String goal,
      @Nullable String question,
      String action,
      @Nullable String nextHref,
      @Nullable String sharedAnswer) {}

  public record BarrierPage(
      RecordHeader header, String action, String backHref, List<Choice> reasons) {}

  /** One "check in with …" line on a team member's home page. */
  public record CheckIn(String name, String href) {}
}
