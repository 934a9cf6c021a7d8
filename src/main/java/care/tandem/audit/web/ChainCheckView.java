package care.tandem.audit.web;

import care.tandem.audit.AuditEntry;
import care.tandem.audit.ChainVerification;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The result of checking the audit chain, worded for the admin page. */
public record ChainCheckView(
    boolean intact,
    boolean empty,
    String entriesChecked,
    String checkedAt,
    @Nullable String latestEntry,
    @Nullable String latestHash,
    @Nullable String brokenEntry,
    @Nullable String problem) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mm:ssa", Locale.UK);

  static ChainCheckView of(ChainVerification result, Instant checkedAt) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.UK);
    ChainVerification.Break broken = result.broken();
    return new ChainCheckView(
        result.intact(),
        result.rowsChecked() == 0,
        numbers.format(result.rowsChecked()),
        WHEN.format(checkedAt.atZone(AuditEntry.UK_TIME)).replace("AM", "am").replace("PM", "pm"),
        result.lastRowId() == null ? null : numbers.format(result.lastRowId()),
        result.lastHash(),
        broken == null ? null : numbers.format(broken.rowId()),
        broken == null ? null : sentence(broken.explanation()));
  }

  private static String sentence(String text) {
    return text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1) + ".";
  }
}
