package care.tandem.care.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A page of a timeline, newest first.
 *
 * @param total how many entries the filters match
 * @param newSinceLastVisit how many of those others added since the viewer's last visit
 * @param lastVisit when the viewer last looked, or null for a first look
 */
public record TimelinePage(
    List<TimelineEntry> entries,
    int page,
    int pageSize,
    int total,
    int newSinceLastVisit,
    @Nullable Instant lastVisit) {

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return (long) page * pageSize < total;
  }

  public int lastPage() {
    return Math.max(1, (total + pageSize - 1) / pageSize);
  }

  /** Whether the viewer should see this entry as new: someone else added it since they looked. */
  public boolean isNew(TimelineEntry entry, UUID viewer) {
    return lastVisit != null
        && entry.occurredAt().isAfter(lastVisit)
        && !viewer.equals(entry.actor());
  }
}
