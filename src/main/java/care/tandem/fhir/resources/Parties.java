package care.tandem.fhir.resources;

import care.tandem.care.Person;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * References to the people a record names by account: the person themself is their Patient
 * resource; anyone else is a practitioner, named, with a stable identifier (we serve no
 * Practitioner resources).
 */
@Component
class Parties {

  private final StaffDirectory staff;

  Parties(StaffDirectory staff) {
    this.staff = staff;
  }

  /** Names for the accounts, looked up once for a whole resource. */
  Names names(Person person, Collection<@Nullable UUID> accounts) {
    return new Names(
        person, staff.findAll(accounts.stream().filter(Objects::nonNull).distinct().toList()));
  }

  /** The accounts a resource refers to, with their names. */
  record Names(Person person, Map<UUID, StaffMember> staff) {

    Reference of(UUID account) {
      if (account.equals(person.accountId())) {
        return FhirTypes.patient(person.id(), person.fullName());
      }
      return FhirTypes.logical("Practitioner", account, nameOf(account));
    }

    String nameOf(UUID account) {
      if (account.equals(person.accountId())) {
        return person.fullName();
      }
      StaffMember member = staff.get(account);
      return member == null ? "Someone no longer on Tandem" : member.displayName();
    }
  }
}
