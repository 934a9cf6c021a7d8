package care.tandem.care.home;

import care.tandem.care.CareTeamMember;
import care.tandem.identity.OrganisationSummary;
import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's team as they need it to reach them: name, role on the team, and where they work. */
@Component
class TeamContacts {

  private final StaffDirectory staff;

  TeamContacts(StaffDirectory staff) {
    this.staff = staff;
  }

  List<PersonHomeView.Contact> of(List<CareTeamMember> team) {
    Map<java.util.UUID, StaffMember> found =
        staff.findAll(team.stream().map(CareTeamMember::accountId).toList());
    return team.stream()
        .map(
            member -> {
              StaffMember who = found.get(member.accountId());
              return new PersonHomeView.Contact(
                  who == null ? "Unknown" : who.displayName(),
                  member.teamRole(),
                  who == null ? null : workplace(member, who),
                  member.lead());
            })
        .toList();
  }

  /** The service they represent on the team with its organisation, or their organisation. */
  private static @Nullable String workplace(CareTeamMember member, StaffMember who) {
    for (ServiceSummary service : who.services()) {
      if (service.id().equals(member.serviceId())) {
        return service.nameWithOrganisation();
      }
    }
    return who.organisations().stream()
        .filter(o -> Objects.equals(o.id(), member.organisationId()))
        .findFirst()
        .or(() -> who.organisations().stream().findFirst())
        .map(OrganisationSummary::name)
        .orElse(null);
  }
}
