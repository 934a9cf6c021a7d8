package care.tandem.care.timeline;

import care.tandem.care.RecordAccess;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading a person's timeline. Entries are written by the listeners in this package as the record
 * changes; reads take a {@link RecordAccess}, so nothing is read without the access check.
 */
@NamedInterface("timeline")
@Service
public class Timeline {

  public static final int PAGE_SIZE = 20;

  /** Past this page there is nothing worth reading; a bigger number shows the last page's end. */
  public static final int MAX_PAGE = 10_000;

  private final TimelineRepository entries;

  Timeline(TimelineRepository entries) {
    this.entries = entries;
  }

  /**
   * A page of the record's timeline, newest first, with how many entries others added since {@code
   * lastVisit}.
   *
   * @param lastVisit when the viewer last looked, or null for their first look
   */
  @Transactional(readOnly = true)
  public TimelinePage page(
      RecordAccess access, Set<TimelineFilter> filters, int page, @Nullable Instant lastVisit) {
    List<String> kinds = kindsFor(filters);
    int number = Math.max(1, Math.min(page, MAX_PAGE));
    TimelineRepository.Counts counts =
        entries.count(access.person(), kinds, lastVisit, access.account());
    List<TimelineEntry> shown =
        entries.page(access.person(), kinds, (number - 1) * PAGE_SIZE, PAGE_SIZE);
    return new TimelinePage(shown, number, PAGE_SIZE, counts.total(), counts.fresh(), lastVisit);
  }

  /**
   * What others added to the record after {@code since} (everything, if null), newest first, at
   * most {@code limit}: for a home page's "new since your last visit".
   */
  @Transactional(readOnly = true)
  public List<TimelineEntry> since(RecordAccess access, @Nullable Instant since, int limit) {
    return entries.since(access.person(), since, access.account(), limit);
  }

  /**
   * When anything last happened on each of these records, for a list of people. No access check:
   * pass only people the viewer may see, such as {@code CareAccess.peopleOnTeamsOf}. One query.
   */
  @Transactional(readOnly = true)
  public Map<UUID, Instant> latestActivity(Collection<UUID> people) {
    return entries.latest(people);
  }

  private static @Nullable List<String> kindsFor(Set<TimelineFilter> filters) {
    if (filters.isEmpty() || filters.containsAll(EnumSet.allOf(TimelineFilter.class))) {
      return null;
    }
    return filters.stream().flatMap(filter -> filter.kindCodes().stream()).toList();
  }
}
