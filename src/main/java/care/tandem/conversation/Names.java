package care.tandem.conversation;

import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMember;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Looks up the names on a record for a page, in a few queries. */
@Component
class Names {

  private final People people;
  private final CareTeam team;
  private final StaffDirectory staff;

  Names(People people, CareTeam team, StaffDirectory staff) {
    this.people = people;
    this.team = team;
    this.staff = staff;
  }

  /** Names for everyone who has been on the record, and for {@code others} (authors who left). */
  RecordNames on(RecordAccess access, Collection<UUID> others) {
    Person person = people.person(access);
    Map<UUID, String> roles = new HashMap<>();
    for (CareTeamMember member : team.everyone(access)) {
      roles.put(member.accountId(), member.teamRole());
    }
    Set<UUID> accounts = new HashSet<>(roles.keySet());
    accounts.addAll(others);
    Map<UUID, String> names = new HashMap<>();
    for (StaffMember member : staff.findAll(accounts).values()) {
      // Someone helping the person (a carer) writes with their consent: say whose helper.
      names.put(
          member.accountId(),
          "CARER".equals(member.role())
              ? member.displayName() + " (helping " + person.fullName() + ")"
              : member.displayName());
    }
    return new RecordNames(person.fullName(), person.accountId(), names, roles);
  }
}
