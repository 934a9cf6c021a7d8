package care.tandem.audit;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing to record. {@code actor} is the account id, or null for an anonymous attempt (such as a
 * failed sign-in, where {@code details} names the attempted username). {@code person} is the person
 * whose record was touched, if any. {@code details} must never hold a password or clinical text.
 *
 * @param action what happened, as a dotted code such as {@code sign-in.failed} or {@code
 *     account.deactivated}
 * @param outcome {@code success}, {@code failure} or {@code denied}
 */
public record AuditEvent(
    @Nullable UUID actor,
    @Nullable String actorRole,
    @Nullable UUID person,
    String action,
    String outcome,
    Map<String, String> details) {

  public static AuditEvent success(
      @Nullable UUID actor,
      @Nullable String actorRole,
      String action,
      Map<String, String> details) {
    return new AuditEvent(actor, actorRole, null, action, "success", details);
  }

  public static AuditEvent failure(
      @Nullable UUID actor,
      @Nullable String actorRole,
      String action,
      Map<String, String> details) {
    return new AuditEvent(actor, actorRole, null, action, "failure", details);
  }
}
