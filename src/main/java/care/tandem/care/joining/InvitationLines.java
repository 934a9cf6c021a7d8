package care.tandem.care.joining;

import care.tandem.care.web.CareDates;
import care.tandem.identity.StaffDirectory;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Invitations shaped for the team: when, how, by whom, and their state in a word and a colour. */
@Component
class InvitationLines {

  private final StaffDirectory staff;

  InvitationLines(StaffDirectory staff) {
    this.staff = staff;
  }

  List<JoiningPages.InvitationLine> lines(List<Invitation> invitations) {
    Instant now = Instant.now();
    return invitations.stream().map(invitation -> line(invitation, now)).toList();
  }

  JoiningPages.InvitationLine line(Invitation invitation, Instant now) {
    String how = invitation.method() == Invitation.Method.EMAIL ? "Email" : "Letter";
    String state;
    String colour;
    String detail;
    Instant ended = invitation.endedAt();
    String endedOn = ended == null ? "" : CareDates.date(ended);
    switch (invitation.status()) {
      case SENT, OPENED -> {
        boolean expired = invitation.isExpired(now);
        state =
            expired ? "Expired" : invitation.status() == Invitation.Status.SENT ? "Sent" : "Opened";
        colour = expired ? "grey" : "blue";
        detail =
            (expired ? "Expired " : "Expires ")
                + CareDates.date(invitation.expiresAt())
                + (invitation.openedAt() == null
                    ? ""
                    : ". Opened " + CareDates.date(invitation.openedAt()));
      }
      case ACCEPTED -> {
        state = "Accepted";
        colour = "green";
        detail = "Joined " + endedOn;
      }
      case LOCKED -> {
        state = "Locked";
        colour = "red";
        detail = "Wrong date of birth too many times, " + endedOn + ". Check the details with them";
      }
      case WITHDRAWN -> {
        state = "Withdrawn";
        colour = "grey";
        detail = "Withdrawn " + endedOn + by(invitation);
      }
      case REPLACED -> {
        boolean expired = ended != null && !ended.isBefore(invitation.expiresAt());
        state = expired ? "Expired" : "Resent";
        colour = "grey";
        detail =
            expired
                ? "Expired " + CareDates.date(invitation.expiresAt())
                : "Replaced by a new code " + endedOn;
      }
      default -> throw new IllegalStateException();
    }
    return new JoiningPages.InvitationLine(
        CareDates.date(invitation.createdAt()),
        how,
        staff.displayName(invitation.invitedBy()),
        state,
        colour,
        detail);
  }

  private String by(Invitation invitation) {
    return invitation.endedBy() == null ? "" : " by " + staff.displayName(invitation.endedBy());
  }
}
