package care.tandem.care.home;

import care.tandem.care.TeamRequest;
import care.tandem.care.TeamRequests;
import care.tandem.care.web.CareDates;
import care.tandem.identity.StaffDirectory;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Team requests waiting for a practitioner's decision, as lines on their home page: what is asked
 * and by whom, linked to the decision page. The person's name is left to that page.
 */
@Component
class WaitingRequests {

  private final TeamRequests requests;
  private final StaffDirectory staff;

  WaitingRequests(TeamRequests requests, StaffDirectory staff) {
    this.requests = requests;
    this.staff = staff;
  }

  List<PractitionerHomeView.RequestLine> of(UUID account) {
    return requests.awaitingDecisionBy(account).stream().map(this::line).toList();
  }

  private PractitionerHomeView.RequestLine line(TeamRequest request) {
    return new PractitionerHomeView.RequestLine(
        request.kind().label(),
        "From "
            + staff.displayName(request.requestedBy())
            + ", "
            + CareDates.date(request.createdAt()),
        "/team-requests/" + request.id());
  }
}
