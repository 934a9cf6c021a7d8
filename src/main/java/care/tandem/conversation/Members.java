package care.tandem.conversation;

import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMember;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who is on a record now: the person (through their own account, if they have one) and the team.
 */
@Component
class Members {

  private final People people;
  private final CareTeam team;

  Members(People people, CareTeam team) {
    this.people = people;
    this.team = team;
  }

  /** The accounts that may read and write the conversation now, the person's first. */
  Set<UUID> accountsOn(RecordAccess access) {
    Set<UUID> accounts = new LinkedHashSet<>();
    Person person = people.person(access);
    if (person.accountId() != null) {
      accounts.add(person.accountId());
    }
    for (CareTeamMember member : team.current(access)) {
      accounts.add(member.accountId());
    }
    return accounts;
  }

  /** Whom {@code author} may ask for a reply: everyone on the record but themself. */
  List<UUID> askableBy(RecordAccess access) {
    List<UUID> askable = new ArrayList<>(accountsOn(access));
    askable.remove(access.account());
    return askable;
  }
}
