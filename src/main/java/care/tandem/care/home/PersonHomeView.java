package care.tandem.care.home;

import care.tandem.care.timeline.EntryView;
import gg.jte.Content;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The person's home page.
 *
 * @param name what to call them
 * @param lastVisit when they last looked at their record's timeline, in words; null if never
 * @param news what others added since then (or lately, on a first visit), newest first
 * @param plan their plan at a glance, or null until the care plan can give one (link instead)
 * @param unreadMessages messages in their conversation they have not read
 * @param repliesAwaited messages that asked them to reply, still waiting
 * @param sections what other modules add at the top, in order (see {@link HomeSection})
 */
public record PersonHomeView(
    String name,
    String recordHref,
    String timelineHref,
    String planHref,
    String conversationHref,
    String teamHref,
    @Nullable String lastVisit,
    List<EntryView> news,
    @Nullable PlanGlance plan,
    int unreadMessages,
    int repliesAwaited,
    List<Contact> team,
    List<Content> sections) {

  /** Goals with their status, and open actions for the person due soon or overdue. */
  public record PlanGlance(List<Goal> goals, List<Action> actionsDue) {}

  /**
   * @param colour the NHS.UK tag colour for the status
   */
  public record Goal(String title, String status, String colour) {}

  /**
   * @param due the due date in words
   * @param href the action on the plan page
   */
  public record Action(String title, String due, boolean overdue, String href) {}

  /**
   * A member of their team and how to reach them.
   *
   * @param workplace "Riverside MSK Service, Northfield NHS Foundation Trust", if known
   */
  public record Contact(String name, String teamRole, @Nullable String workplace, boolean lead) {}
}
