package care.tandem.care.record;

import care.tandem.care.AboutMe;
import care.tandem.care.AboutMeService;
import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.CareTeam;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.RecordAccess;
import care.tandem.care.carers.CarerRecord;
import care.tandem.care.web.CareDates;
import care.tandem.care.web.RecordHeaders;
import care.tandem.care.web.TeamMembers;
import care.tandem.identity.ExternalSignIns;
import care.tandem.system.Capability;
import care.tandem.system.components.SummaryListRow;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The record overview ("about me" first, for the whole team) and the person's way to it. */
@Controller
class RecordController {

  private final CareAccess access;
  private final People people;
  private final AboutMeService aboutMe;
  private final CareTeam team;
  private final TeamMembers members;
  private final RecordHeaders headers;
  private final RecordSections sections;
  private final CarerRecord carerRecord;
  private final ExternalSignIns signIns;

  RecordController(
      CareAccess access,
      People people,
      AboutMeService aboutMe,
      CareTeam team,
      TeamMembers members,
      RecordHeaders headers,
      RecordSections sections,
      CarerRecord carerRecord,
      ExternalSignIns signIns) {
    this.access = access;
    this.people = people;
    this.aboutMe = aboutMe;
    this.team = team;
    this.members = members;
    this.headers = headers;
    this.sections = sections;
    this.carerRecord = carerRecord;
    this.signIns = signIns;
  }

  /** The person's own record; anyone else goes to their list of people or the start page. */
  @GetMapping("/my-record")
  String showMyRecord(Authentication viewer) {
    UUID account = UUID.fromString(viewer.getName());
    return access
        .personOf(account)
        .map(person -> "redirect:/people/" + person)
        .orElseGet(
            () ->
                hasRole(viewer, "ROLE_PATIENT")
                    ? "care/no-record"
                    : hasRole(viewer, "ROLE_CARER") ? "redirect:/helping" : "redirect:/people");
  }

  @GetMapping("/people/{personId}")
  String showRecord(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = access.require(personId, viewer, "record.viewed");
    if (allowed.isHelper()) {
      return carerRecord.show(allowed, model); // a carer sees only what the person consented to
    }
    Person person = people.person(allowed);
    AboutMe about = aboutMe.aboutMe(allowed);
    String base = "/people/" + personId;
    boolean mayChange =
        !allowed.basis().equals(RecordAccess.Basis.BREAK_GLASS)
            && Capabilities.allows(allowed, viewer, Capability.CHANGE_IDENTITY_DETAILS);
    model.addAttribute(
        "page",
        new RecordPages.OverviewPage(
            headers.of(allowed, base),
            PersonSummaries.aboutMe(about),
            about.isEmpty(),
            about.updatedAt() == null ? null : CareDates.date(about.updatedAt()),
            Capabilities.allows(allowed, viewer, Capability.WRITE_ABOUT_ME)
                ? base + "/about-me"
                : null,
            withSignIn(
                PersonSummaries.details(person.details(), mayChange ? base + "/details" : null),
                person),
            members.lines(team.current(allowed)).stream()
                .map(
                    m -> new RecordPages.TeamLine(m.name(), m.teamRole(), m.represents(), m.lead()))
                .toList(),
            base + "/team",
            PeopleController.notice(model)));
    model.addAttribute("sectionsAboveDetails", sections.aboveDetails(allowed));
    model.addAttribute("sectionsAfterTeam", sections.afterTeam(allowed));
    return "care/record";
  }

  /** How the person signs in, if with NHS login: the team sees how well NHS login checked them. */
  private List<SummaryListRow> withSignIn(List<SummaryListRow> details, Person person) {
    UUID account = person.accountId();
    if (account == null) {
      return details;
    }
    return signIns
        .nhsLoginLevel(account)
        .map(
            level -> {
              List<SummaryListRow> rows = new ArrayList<>(details);
              rows.add(
                  SummaryListRow.of(
                      "How they sign in",
                      "Signed in with NHS login, identity checked to " + level));
              return List.copyOf(rows);
            })
        .orElse(details);
  }

  private static boolean hasRole(Authentication viewer, String role) {
    return viewer.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
  }
}
