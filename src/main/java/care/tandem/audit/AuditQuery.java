package care.tandem.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log; a null part matches everything. {@code account} matches the
 * account that acted and the account acted on. {@code action} matches a whole action code or its
 * start, ignoring case ({@code account.} finds every account change). Dates are whole days in
 * Europe/London, both included.
 */
public record AuditQuery(
    @Nullable UUID person,
    @Nullable UUID account,
    @Nullable String action,
    @Nullable String outcome,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  public AuditQuery {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("The start date is after the end date");
    }
    if (outcome != null) {
      AuditDetails.checkedOutcome(outcome);
    }
    if (action != null) {
      AuditDetails.checkedAction(action);
    }
  }

  public static AuditQuery everything() {
    return new AuditQuery(null, null, null, null, null, null);
  }

  public static AuditQuery forPerson(UUID person) {
    return new AuditQuery(person, null, null, null, null, null);
  }
}
