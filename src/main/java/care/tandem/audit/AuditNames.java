package care.tandem.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Names for the ids an audit entry holds, so the admin's audit page reads in words rather than ids.
 * The modules that own accounts and people provide them; the audit module knows neither.
 */
public interface AuditNames {

  /** The names of those of these ids this module knows; ids it does not know are left out. */
  Map<UUID, String> namesOf(Collection<UUID> ids);
}
