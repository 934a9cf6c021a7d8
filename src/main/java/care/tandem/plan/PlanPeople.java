package care.tandem.plan;

import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMember;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.components.Choice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Who is who on a plan: the person, their team now, and everyone who has changed the plan. */
@Component
class PlanPeople {

  private final People people;
  private final CareTeam team;
  private final StaffDirectory staff;

  PlanPeople(People people, CareTeam team, StaffDirectory staff) {
    this.people = people;
    this.team = team;
    this.staff = staff;
  }

  Who who(RecordAccess access, CarePlan... plans) {
    Set<UUID> ids = new HashSet<>();
    for (CarePlan plan : plans) {
      ids.addAll(accountsIn(plan));
    }
    return who(access, ids);
  }

  /** As {@link #who(RecordAccess, CarePlan...)}, naming these accounts too. */
  Who who(RecordAccess access, Collection<UUID> accounts) {
    Person person = people.person(access);
    List<CareTeamMember> members = team.current(access);
    Set<UUID> ids = new HashSet<>(accounts);
    members.forEach(member -> ids.add(member.accountId()));
    Map<UUID, StaffMember> staffMembers = staff.findAll(ids);
    Map<UUID, String> names = new HashMap<>();
    staffMembers.forEach((id, member) -> names.put(id, member.displayName()));
    String personName = person.fullName();
    if (person.accountId() != null) {
      names.put(person.accountId(), personName);
    }
    List<Choice> choices = new ArrayList<>();
    choices.add(
        Choice.of(
            PlanText.THE_PERSON,
            access.isThePerson() ? personName + " (you)" : personName,
            "The person this plan is for"));
    for (CareTeamMember member : members) {
      StaffMember who = staffMembers.get(member.accountId());
      String name = who == null ? "Unknown" : who.displayName();
      choices.add(Choice.of(member.accountId().toString(), name, member.teamRole()));
    }
    return new Who(personName, names, List.copyOf(choices));
  }

  private static Set<UUID> accountsIn(CarePlan plan) {
    Set<UUID> ids = new HashSet<>();
    plan.goals()
        .forEach(
            goal -> {
              ids.add(goal.updatedBy());
              if (goal.owner() != null) {
                ids.add(goal.owner());
              }
            });
    plan.actions()
        .forEach(
            action -> {
              ids.add(action.updatedBy());
              if (action.assignee() != null) {
                ids.add(action.assignee());
              }
            });
    if (plan.updatedBy() != null) {
      ids.add(plan.updatedBy());
    }
    return ids;
  }

  /**
   * Names for a plan's page, and the choices of owner or assignee: the person, then the team.
   *
   * @param names display names by account id, the person's own account included
   */
  record Who(String personName, Map<UUID, String> names, List<Choice> choices) {

    /** The name of an owner or assignee: null means the person. */
    String member(@Nullable UUID account) {
      return account == null ? personName : account(account);
    }

    String account(UUID account) {
      return names.getOrDefault(account, "Someone no longer on Tandem");
    }
  }
}
