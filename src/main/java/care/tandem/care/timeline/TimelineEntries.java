package care.tandem.care.timeline;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules put what happened on a person's timeline, such as a questionnaire completed.
 * Call it from a listener of the module's own event ({@code @ApplicationModuleListener}, which runs
 * in a transaction of its own once the change has committed). No access check here: the change was
 * made by someone whose access was checked.
 */
@NamedInterface("timeline")
@Service
public class TimelineEntries {

  private final TimelineRepository entries;

  TimelineEntries(TimelineRepository entries) {
    this.entries = entries;
  }

  /**
   * Adds an entry, once per kind and source: adding the same source again adds nothing.
   *
   * @param actor the account that did it, or null for the system
   * @param title a short title with no clinical detail beyond what the whole team may read
   * @param link where the entry leads, a path in this application
   * @param source the id of what happened (a questionnaire response's id), unique within its kind
   * @return false when the entry was there already
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean add(
      UUID person,
      Instant occurredAt,
      TimelineKind kind,
      @Nullable UUID actor,
      String title,
      @Nullable String link,
      UUID source) {
    return entries.add(new NewEntry(person, occurredAt, kind, actor, title, link, source));
  }
}
