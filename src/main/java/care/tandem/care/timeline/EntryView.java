package care.tandem.care.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A timeline entry as a page shows it: UK time in words, who did it, a tag for its kind, and
 * whether it is new to the viewer.
 *
 * @param by who did it ("You" for the viewer), if known
 * @param href where to see more, if anywhere
 */
@NamedInterface("timeline")
public record EntryView(
    String title,
    String kindLabel,
    String when,
    String isoTime,
    @Nullable String by,
    @Nullable String href,
    boolean isNew) {

  public static final ZoneId UK_TIME = ZoneId.of("Europe/London");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.UK);

  /**
   * @param names display names of the accounts that acted, by account id
   */
  public static EntryView of(
      TimelineEntry entry, UUID viewer, Map<UUID, String> names, boolean isNew) {
    UUID actor = entry.actor();
    String by = actor == null ? null : actor.equals(viewer) ? "You" : names.get(actor);
    return new EntryView(
        entry.title(),
        TimelineKind.ofCode(entry.kind()).map(TimelineKind::label).orElse("Record"),
        when(entry.occurredAt()),
        ISO.format(entry.occurredAt().atZone(UK_TIME)),
        by,
        entry.link(),
        isNew);
  }

  /** "3 December 2026 at 2:05pm", in UK time. */
  public static String when(Instant instant) {
    return WHEN.format(instant.atZone(UK_TIME)).replace("AM", "am").replace("PM", "pm");
  }
}
