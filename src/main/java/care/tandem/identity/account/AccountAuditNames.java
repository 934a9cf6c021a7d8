package care.tandem.identity.account;

import care.tandem.audit.AuditNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Accounts' names for the audit page: who did each thing. */
@Component
class AccountAuditNames implements AuditNames {

  private final Accounts accounts;

  AccountAuditNames(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Map<UUID, String> namesOf(Collection<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    for (UUID id : ids) {
      accounts.find(id).ifPresent(account -> names.put(id, account.displayName()));
    }
    return names;
  }
}
