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
 * @param conversationHref where they write to their team
 * @param recordSections other modules' parts of the record in brief, in order (their plan, their
 *     messages: see {@code RecordSection})
 * @param news what others added since then (or lately, on a first visit), newest first
 * @param sections what other modules add at the top, in order (see {@link HomeSection})
 */
public record PersonHomeView(
    String name,
    String recordHref,
    String timelineHref,
    String conversationHref,
    String teamHref,
    @Nullable String lastVisit,
    List<Content> recordSections,
    List<EntryView> news,
    List<Contact> team,
    List<Content> sections) {

  /**
   * A member of their team and how to reach them.
   *
   * @param workplace "Riverside MSK Service, Northfield NHS Foundation Trust", if known
   */
  public record Contact(String name, String teamRole, @Nullable String workplace, boolean lead) {}
}
