package care.tandem.audit.web;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The audit search filters, as typed. Every field is text so that nothing typed can fail to bind;
 * formats are checked here and dates by {@link SearchDate}. Blank means "any". Public because the
 * shared {@code FormView} reads its fields by reflection.
 */
public record AuditSearchForm(
    @Pattern(
            regexp = UUID_OR_BLANK,
            message = "Enter a person ID in the correct format, like " + EXAMPLE_ID)
        @Nullable String person,
    @Pattern(
            regexp = UUID_OR_BLANK,
            message = "Enter an account ID in the correct format, like " + EXAMPLE_ID)
        @Nullable String account,
    @Pattern(
            regexp = "\\s*|\\s*[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\\s*",
            message =
                "Enter an action using only letters, numbers, full stops and hyphens, like"
                    + " sign-in.failed")
        @Nullable String action,
    @Pattern(regexp = "|success|failure|denied", message = "Select an outcome from the list")
        @Nullable String outcome,
    @Nullable String fromDay,
    @Nullable String fromMonth,
    @Nullable String fromYear,
    @Nullable String toDay,
    @Nullable String toMonth,
    @Nullable String toYear,
    @Nullable String page) {

  static final String EXAMPLE_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  private static final String UUID_OR_BLANK =
      "\\s*|\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*";

  SearchDate from() {
    return SearchDate.read("Date from", "from", fromDay, fromMonth, fromYear);
  }

  SearchDate to() {
    return SearchDate.read("Date to", "to", toDay, toMonth, toYear);
  }

  /** The page asked for, or the first page when the number is missing or makes no sense. */
  int pageNumber(int lastAllowed) {
    if (page == null || !page.strip().matches("[1-9][0-9]{0,5}")) {
      return 1;
    }
    return Math.min(Integer.parseInt(page.strip()), lastAllowed);
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
