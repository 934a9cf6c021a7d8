package care.tandem.care;

import care.tandem.audit.AuditNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * People's names for the audit page, whose record each thing was about. Only administrators read
 * the audit page (the security configuration says so), and they may search it by person already.
 */
@Component
class PersonAuditNames implements AuditNames {

  private final PersonRepository people;

  PersonAuditNames(PersonRepository people) {
    this.people = people;
  }

  @Override
  public Map<UUID, String> namesOf(Collection<UUID> ids) {
    Map<UUID, String> names = new HashMap<>();
    people.findAll(ids).forEach((id, person) -> names.put(id, person.details().displayName()));
    return names;
  }
}
