package care.tandem.care.timeline;

import care.tandem.care.CareTeamMemberJoined;
import care.tandem.care.CareTeamMemberLeft;
import care.tandem.identity.StaffDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts joins and departures from the care team on the timeline, in the transaction that changed the
 * team: if the change rolls back, so does its entry. Public for the demo seed ({@code care.demo}),
 * which replays the demo teams; not part of the timeline's named interface.
 */
@Component
public class TeamChangesOnTimeline {

  private final TimelineRepository timeline;
  private final StaffDirectory staff;

  TeamChangesOnTimeline(TimelineRepository timeline, StaffDirectory staff) {
    this.timeline = timeline;
    this.staff = staff;
  }

  @EventListener
  public void on(CareTeamMemberJoined joined) {
    String name = staff.displayName(joined.account());
    String title =
        joined.lead() && joined.account().equals(joined.addedBy())
            ? name + " started care and leads the team"
            : name + " joined the team as " + joined.teamRole();
    timeline.add(
        new NewEntry(
            joined.person(),
            joined.at(),
            TimelineKind.TEAM_JOINED,
            joined.addedBy(),
            title,
            RecordLinks.team(joined.person()),
            joined.member()));
  }

  @EventListener
  public void on(CareTeamMemberLeft left) {
    String name = staff.displayName(left.account());
    String title =
        left.account().equals(left.removedBy())
            ? name + " left the team"
            : name + " was removed from the team";
    timeline.add(
        new NewEntry(
            left.person(),
            left.at(),
            TimelineKind.TEAM_LEFT,
            left.removedBy(),
            title,
            RecordLinks.team(left.person()),
            left.member()));
  }
}
