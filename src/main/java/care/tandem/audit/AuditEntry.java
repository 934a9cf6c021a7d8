package care.tandem.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the audit log, shaped for reading: times in UK time, details as stored. */
public record AuditEntry(
    Instant occurredAt,
    @Nullable UUID actor,
    @Nullable String actorRole,
    @Nullable UUID person,
    String action,
    String outcome,
    Map<String, String> details) {

  public static final ZoneId UK_TIME = ZoneId.of("Europe/London");

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mm:ssa", Locale.UK);

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.UK);

  public ZonedDateTime ukTime() {
    return occurredAt.atZone(UK_TIME);
  }

  /** For example "26 November 2026 at 6:05:12pm", in UK time (GMT or BST). */
  public String when() {
    return WHEN.format(ukTime()).replace("AM", "am").replace("PM", "pm");
  }

  /** For a {@code <time datetime>} attribute. */
  public String isoTime() {
    return ISO.format(ukTime());
  }

  public boolean succeeded() {
    return "success".equals(outcome);
  }
}
