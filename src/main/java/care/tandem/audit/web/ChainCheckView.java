package care.tandem.audit.web;

import care.tandem.audit.AuditEntry;
import care.tandem.audit.ChainVerification;
import care.tandem.system.components.SummaryListRow;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The result of checking the audit chain, worded for the admin page. */
public record ChainCheckView(
    boolean intact,
    boolean empty,
    @Nullable String brokenEntry,
    @Nullable String problem,
    List<SummaryListRow> facts) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mm:ssa", Locale.UK);

  static ChainCheckView of(ChainVerification result, Instant checkedAt) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.UK);
    ChainVerification.Break broken = result.broken();
    String when =
        WHEN.format(checkedAt.atZone(AuditEntry.UK_TIME)).replace("AM", "am").replace("PM", "pm");
    List<SummaryListRow> facts = new ArrayList<>();
    facts.add(SummaryListRow.of("Checked", when + " (UK time)"));
    facts.add(SummaryListRow.of("Entries checked", numbers.format(result.rowsChecked())));
    if (broken != null) {
      facts.add(SummaryListRow.of("First broken entry", numbers.format(broken.rowId())));
    }
    if (result.lastRowId() != null && result.lastHash() != null) {
      String latest = broken == null ? "Latest entry" : "Last good entry";
      facts.add(SummaryListRow.of(latest, numbers.format(result.lastRowId())));
      facts.add(SummaryListRow.of("Its hash", result.lastHash()));
    }
    return new ChainCheckView(
        result.intact(),
        result.rowsChecked() == 0,
        broken == null ? null : numbers.format(broken.rowId()),
        broken == null ? null : sentence(broken.explanation()),
        List.copyOf(facts));
  }

  private static String sentence(String text) {
    return text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1) + ".";
  }
}
