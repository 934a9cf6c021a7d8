package care.tandem.care.team;

import care.tandem.care.CareTeamMember;
import care.tandem.care.TeamRequest;
import care.tandem.care.web.CareDates;
import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffDirectory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Shapes team requests for pages: names for ids, the outcome in words, a tag colour. */
@Component
class RequestLines {

  private final StaffDirectory staff;

  RequestLines(StaffDirectory staff) {
    this.staff = staff;
  }

  /**
   * @param members everyone who has been on the team, to name the member a removal is about
   * @param viewer the account looking, who may withdraw their own open requests
   * @param decideLinks whether to link each open request to its decision page
   */
  List<TeamPages.RequestLine> lines(
      List<TeamRequest> requests, List<CareTeamMember> members, UUID viewer, boolean decideLinks) {
    Map<UUID, ServiceSummary> services =
        staff.services().stream().collect(Collectors.toMap(ServiceSummary::id, s -> s));
    Map<UUID, UUID> memberAccounts =
        members.stream().collect(Collectors.toMap(CareTeamMember::id, CareTeamMember::accountId));
    Function<UUID, String> name = staff::displayName;
    return requests.stream()
        .map(
            r -> {
              String target =
                  switch (r.kind()) {
                    case BRING_IN_COLLEAGUE ->
                        r.toServiceId() != null && services.containsKey(r.toServiceId())
                            ? services.get(r.toServiceId()).nameWithOrganisation()
                            : "Another service";
                    case INVITE_PRACTITIONER -> name.apply(r.practitionerId());
                    case REMOVE_MEMBER ->
                        memberAccounts.containsKey(r.memberId())
                            ? name.apply(memberAccounts.get(r.memberId()))
                            : "A team member";
                  };
              return new TeamPages.RequestLine(
                  r.kind().label(),
                  name.apply(r.requestedBy()),
                  CareDates.dateAndTime(r.createdAt()),
                  target,
                  r.question(),
                  r.status().label(),
                  colour(r.status()),
                  outcome(r, name),
                  r.isOpen() && r.requestedBy().equals(viewer)
                      ? "/people/" + r.personId() + "/team/requests/" + r.id() + "/withdraw"
                      : null,
                  decideLinks && r.isOpen() ? "/team-requests/" + r.id() : null);
            })
        .toList();
  }

  private static @Nullable String outcome(TeamRequest r, Function<UUID, String> name) {
    if (r.decidedAt() == null || r.decidedBy() == null) {
      return null;
    }
    String when = CareDates.dateAndTime(r.decidedAt());
    String by = name.apply(r.decidedBy());
    return switch (r.status()) {
      case ACCEPTED ->
          r.joinedAccountId() != null
              ? "Accepted by "
                  + by
                  + " on "
                  + when
                  + ". "
                  + name.apply(r.joinedAccountId())
                  + " joined the team."
              : "Accepted by " + by + " on " + when + ".";
      case DECLINED -> "Declined by " + by + " on " + when + ": " + r.declineReason();
      case WITHDRAWN -> "Withdrawn by " + by + " on " + when + ".";
      case OPEN -> null;
    };
  }

  private static String colour(TeamRequest.Status status) {
    return switch (status) {
      case OPEN -> "blue";
      case ACCEPTED -> "green";
      case DECLINED -> "red";
      case WITHDRAWN -> "grey";
    };
  }
}
