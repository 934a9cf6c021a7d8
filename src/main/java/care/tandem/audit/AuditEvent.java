package care.tandem.audit;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing to record. {@code actor} is the account id, or null for an anonymous attempt (such as a
 * failed sign-in, where {@code details} names the attempted username). {@code person} is the person
 * whose record was touched, if any. When the event is about an account other than the actor's (an
 * admin changing someone's roles), put that account's id under the details key {@code account} so a
 * search by account finds it.
 *
 * <p>The log never holds passwords or clinical text: details are short codes and ids. The
 * constructor enforces this (see {@link AuditDetails}) and throws {@link IllegalArgumentException}
 * for a detail key that names a secret or free text.
 *
 * @param action what happened, as a code such as {@code sign-in.failed} or {@code
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

  public AuditEvent {
    action = AuditDetails.checkedAction(action);
    outcome = AuditDetails.checkedOutcome(outcome);
    actorRole = actorRole == null ? null : AuditDetails.checkedRole(actorRole);
    details = AuditDetails.checked(details);
  }

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

  public static AuditEvent denied(
      @Nullable UUID actor,
      @Nullable String actorRole,
      String action,
      Map<String, String> details) {
    return new AuditEvent(actor, actorRole, null, action, "denied", details);
  }

  /** The same event, about a person's record: the row "who looked at my record" is built from. */
  public AuditEvent about(UUID person) {
    return new AuditEvent(actor, actorRole, person, action, outcome, details);
  }
}
