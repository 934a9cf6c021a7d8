package care.tandem.conversation;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Names to show for the people on one record: the person by their record's name, team members (past
 * and present) by their account's name, with their role on the team.
 *
 * @param personAccount the person's own account, if they have one
 */
record RecordNames(
    String personName,
    @Nullable UUID personAccount,
    Map<UUID, String> names,
    Map<UUID, String> roles) {

  String of(@Nullable UUID account, boolean byThePerson) {
    if (byThePerson || (account != null && account.equals(personAccount))) {
      return personName;
    }
    return account == null ? "Unknown" : names.getOrDefault(account, "Unknown");
  }

  String of(UUID account) {
    return of(account, false);
  }

  /** Their role on the team ("Physiotherapist"), or null for the person and strangers. */
  @Nullable String roleOf(@Nullable UUID account) {
    return account == null || account.equals(personAccount) ? null : roles.get(account);
  }

  /** "Priya Shah (Physiotherapist)", or just the name. */
  String withRole(@Nullable UUID account, boolean byThePerson) {
    String role = byThePerson ? null : roleOf(account);
    return role == null ? of(account, byThePerson) : of(account, byThePerson) + " (" + role + ")";
  }
}
