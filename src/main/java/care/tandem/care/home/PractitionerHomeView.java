package care.tandem.care.home;

import care.tandem.system.components.Choice;
import care.tandem.system.components.Link;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import gg.jte.Content;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A practitioner's (or service lead's) home: the people whose care teams they are on, with what is
 * waiting for them on each record, and team requests they can decide.
 *
 * @param search the search and sort as sent, with any error
 * @param unreadColumn whether the conversation can say what is unread and awaiting a reply yet
 * @param actionsColumn whether the care plan can say which actions are due yet
 * @param people this page of people, or empty when the search has an error
 * @param summary "Showing 1 to 25 of 40 people", or why there is nobody to show
 * @param links other places to go (for a service lead: the guide and principles)
 * @param sections what other modules add at the top, in order (see {@link HomeSection})
 */
public record PractitionerHomeView(
    String heading,
    FormView search,
    List<Choice> sorts,
    boolean unreadColumn,
    boolean actionsColumn,
    List<PersonLine> people,
    String summary,
    boolean onAnyTeam,
    Pagination.@Nullable Step previous,
    Pagination.@Nullable Step next,
    List<RequestLine> requests,
    List<Link> links,
    List<Content> sections) {

  /**
   * One of their people.
   *
   * @param latest when anything last happened on the record, in words
   */
  public record PersonLine(
      String name,
      String href,
      String timelineHref,
      @Nullable String nhsNumber,
      String dateOfBirth,
      String latest,
      int unread,
      int repliesAwaited,
      int actionsDue) {}

  /** A request to join or change a team, waiting for their decision. */
  public record RequestLine(String title, String detail, String href) {}
}
