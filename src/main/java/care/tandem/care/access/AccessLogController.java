package care.tandem.care.access;

import static care.tandem.system.Capability.SEE_ACCESS_LOG;

import care.tandem.audit.AuditEntry;
import care.tandem.audit.AuditPage;
import care.tandem.audit.AuditTrail;
import care.tandem.care.Capabilities;
import care.tandem.care.ConnectedSystemNames;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.RecordHeaders;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.components.Pagination;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** "Who has looked at my record": the audit log about the person, for the person. */
@Controller
class AccessLogController {

  private final Capabilities access;
  private final AuditTrail trail;
  private final StaffDirectory staff;
  private final RecordHeaders headers;
  private final List<ConnectedSystemNames> systems;

  AccessLogController(
      Capabilities access,
      AuditTrail trail,
      StaffDirectory staff,
      RecordHeaders headers,
      List<ConnectedSystemNames> systems) {
    this.access = access;
    this.trail = trail;
    this.staff = staff;
    this.headers = headers;
    this.systems = systems;
  }

  @GetMapping("/people/{personId}/access-log")
  String showAccessLog(
      @PathVariable UUID personId,
      @RequestParam(defaultValue = "1") int page,
      Authentication viewer,
      Model model) {
    RecordAccess allowed =
        access.requireToSee(personId, viewer, SEE_ACCESS_LOG, "access-log.viewed");
    if (page < 1 || page > AuditTrail.MAX_PAGE) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    AuditPage entries = trail.forPerson(personId, page);
    List<UUID> actors =
        entries.entries().stream().map(AuditEntry::actor).filter(Objects::nonNull).toList();
    Map<UUID, StaffMember> who = staff.findAll(actors);
    // A connected system reading the record is named, with the organisation it acts for.
    Map<UUID, ConnectedSystemNames.Named> system = new HashMap<>();
    systems.forEach(names -> system.putAll(names.named(actors)));
    String base = "/people/" + personId + "/access-log";
    model.addAttribute(
        "page",
        new AccessPages.AccessLogPage(
            headers.of(allowed, base),
            entries.entries().stream()
                .map(
                    entry -> {
                      StaffMember actor = entry.actor() == null ? null : who.get(entry.actor());
                      ConnectedSystemNames.Named named =
                          actor == null && entry.actor() != null ? system.get(entry.actor()) : null;
                      boolean you = allowed.account().equals(entry.actor());
                      return new AccessPages.Look(
                          you
                              ? "You"
                              : actor != null
                                  ? actor.displayName()
                                  : named != null ? named.name() : "Someone not signed in",
                          you
                              ? ""
                              : actor != null
                                  ? actor.jobTitle()
                                  : named != null
                                      ? "Connected system for " + named.organisation()
                                      : "",
                          AuditActions.describe(entry.action()),
                          entry.when(),
                          entry.isoTime(),
                          !entry.succeeded());
                    })
                .toList(),
            entries.total(),
            entries.hasPrevious() ? new Pagination.Step(base + "?page=" + (page - 1), null) : null,
            entries.hasNext() ? new Pagination.Step(base + "?page=" + (page + 1), null) : null));
    return "care/access-log";
  }
}
