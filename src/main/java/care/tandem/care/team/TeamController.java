package care.tandem.care.team;

import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.CareTeam;
import care.tandem.care.CareTeamMember;
import care.tandem.care.RecordAccess;
import care.tandem.care.RequestAlreadyDecidedException;
import care.tandem.care.TeamRequests;
import care.tandem.care.web.MemberLine;
import care.tandem.care.web.RecordHeaders;
import care.tandem.care.web.TeamMembers;
import care.tandem.system.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The care team page, leaving or removing a member, and withdrawing a request. */
@Controller
class TeamController {

  static final String NOTICE = "notice";

  private final CareAccess access;
  private final CareTeam team;
  private final TeamRequests requests;
  private final TeamMembers members;
  private final RequestLines lines;
  private final RecordHeaders headers;

  TeamController(
      CareAccess access,
      CareTeam team,
      TeamRequests requests,
      TeamMembers members,
      RequestLines lines,
      RecordHeaders headers) {
    this.access = access;
    this.team = team;
    this.requests = requests;
    this.members = members;
    this.lines = lines;
    this.headers = headers;
  }

  @GetMapping("/people/{personId}/team")
  String showTeam(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = access.require(personId, viewer, "team.viewed");
    String base = "/people/" + personId + "/team";
    List<CareTeamMember> everyone = team.everyone(allowed);
    Optional<CareTeamMember> me = team.membershipOf(allowed);
    boolean lead = me.map(CareTeamMember::lead).orElse(false);
    List<TeamPages.MemberRow> current = new ArrayList<>();
    List<MemberLine> past = new ArrayList<>();
    for (MemberLine line : members.lines(everyone)) {
      if (line.left() != null) {
        past.add(line);
        continue;
      }
      boolean mine = line.accountId().equals(allowed.account().toString());
      String leave = base + "/members/" + line.memberId() + "/leave";
      current.add(
          new TeamPages.MemberRow(
              line,
              mine || lead ? leave : null,
              mine ? "Leave this care team" : lead ? "Remove " + line.name() : null,
              allowed.isThePerson()
                  ? base + "/members/" + line.memberId() + "/remove-request"
                  : null));
    }
    model.addAttribute(
        "page",
        new TeamPages.TeamPage(
            headers.of(allowed, base),
            current,
            past,
            lines.lines(requests.forPerson(allowed), everyone, allowed.account(), false),
            allowed.isTeamMember() && Capabilities.allows(allowed, viewer, Capability.MANAGE_TEAM)
                ? base + "/bring-in"
                : null,
            allowed.isThePerson() ? base + "/invite" : null,
            notice(model)));
    return "care/team";
  }

  @PostMapping("/people/{personId}/team/members/{memberId}/leave")
  String processLeave(
      @PathVariable UUID personId,
      @PathVariable UUID memberId,
      Authentication viewer,
      RedirectAttributes redirect) {
    CareTeamMember removed = team.remove(personId, memberId, viewer);
    if (removed.accountId().toString().equals(viewer.getName())) {
      redirect.addFlashAttribute(NOTICE, "You have left the care team");
      return "redirect:/people";
    }
    redirect.addFlashAttribute(NOTICE, "Removed from the care team");
    return "redirect:/people/" + personId + "/team";
  }

  @PostMapping("/people/{personId}/team/requests/{requestId}/withdraw")
  String processWithdraw(
      @PathVariable UUID personId,
      @PathVariable UUID requestId,
      Authentication viewer,
      RedirectAttributes redirect) {
    try {
      requests.withdraw(personId, requestId, viewer);
      redirect.addFlashAttribute(NOTICE, "Request withdrawn");
    } catch (RequestAlreadyDecidedException e) {
      redirect.addFlashAttribute(NOTICE, "This request had already been decided");
    }
    return "redirect:/people/" + personId + "/team";
  }

  static @Nullable String notice(Model model) {
    return model.getAttribute(NOTICE) instanceof String text ? text : null;
  }
}
