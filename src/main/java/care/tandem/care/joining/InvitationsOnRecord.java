package care.tandem.care.joining;

import care.tandem.care.RecordAccess;
import care.tandem.care.record.RecordSection;
import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the record, for the care team only: whether the person can see their record, the state of
 * their latest invitation, and the way to invite them.
 */
@Component
class InvitationsOnRecord implements RecordSection {

  private final InvitationRepository invitations;
  private final InvitationLines lines;
  private final TemplateEngine templates;

  InvitationsOnRecord(
      InvitationRepository invitations, InvitationLines lines, TemplateEngine templates) {
    this.invitations = invitations;
    this.lines = lines;
    this.templates = templates;
  }

  @Override
  public int order() {
    return AFTER_TEAM_ORDER + 10;
  }

  @Override
  public Optional<Content> forRecord(RecordAccess access) {
    if (!access.isTeamMember()) {
      return Optional.empty();
    }
    boolean joined = invitations.accountOf(access.person()).isPresent();
    List<Invitation> all = invitations.allFor(access.person());
    String href = "/people/" + access.person() + "/invitations";
    JoiningPages.RecordPart part =
        new JoiningPages.RecordPart(
            joined,
            all.isEmpty() ? null : lines.line(all.get(0), Instant.now()),
            href,
            joined || !all.isEmpty() ? "See invitations" : "Invite them to see their record");
    return Optional.of(
        output ->
            templates.render(
                "care/joining/parts/record-invitations.jte", Map.of("part", part), output));
  }
}
