package care.tandem.care.web;

import care.tandem.care.CareTeamMember;
import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Turns care team members into {@link MemberLine}s with names and services from identity. */
@Component
public class TeamMembers {

  private final StaffDirectory staff;

  TeamMembers(StaffDirectory staff) {
    this.staff = staff;
  }

  public List<MemberLine> lines(List<CareTeamMember> members) {
    Map<UUID, StaffMember> people =
        staff.findAll(members.stream().map(CareTeamMember::accountId).toList());
    Map<UUID, ServiceSummary> services =
        staff.services().stream()
            .collect(java.util.stream.Collectors.toMap(ServiceSummary::id, s -> s));
    return members.stream()
        .map(
            member -> {
              StaffMember who = people.get(member.accountId());
              String represents =
                  Optional.ofNullable(member.serviceId())
                      .map(services::get)
                      .map(ServiceSummary::nameWithOrganisation)
                      .orElse("");
              return new MemberLine(
                  member.id().toString(),
                  member.accountId().toString(),
                  who == null ? "Unknown" : who.displayName(),
                  member.teamRole(),
                  represents,
                  member.lead(),
                  CareDates.date(member.joinedAt()),
                  member.leftAt() == null ? null : CareDates.date(member.leftAt()));
            })
        .toList();
  }
}
