package care.tandem.care.access;

import care.tandem.audit.AuditEntry;
import care.tandem.audit.AuditPage;
import care.tandem.audit.AuditTrail;
import care.tandem.care.ActionNotAllowedException;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.RecordHeaders;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import care.tandem.system.components.Pagination;
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

  private final CareAccess access;
  private final AuditTrail trail;
  private final StaffDirectory staff;
  private final RecordHeaders headers;

  AccessLogController(
      CareAccess access, AuditTrail trail, StaffDirectory staff, RecordHeaders headers) {
    this.access = access;
    this.trail = trail;
    this.staff = staff;
    this.headers = headers;
  }

  @GetMapping("/people/{personId}/access-log")
  String showAccessLog(
      @PathVariable UUID personId,
      @RequestParam(defaultValue = "1") int page,
      Authentication viewer,
      Model model) {
    RecordAccess allowed = access.require(personId, viewer, "access-log.viewed");
    if (!allowed.isThePerson()) {
      throw new ActionNotAllowedException("The access log is for the person");
    }
    if (page < 1 || page > AuditTrail.MAX_PAGE) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    AuditPage entries = trail.forPerson(personId, page);
    Map<UUID, StaffMember> who =
        staff.findAll(
            entries.entries().stream().map(AuditEntry::actor).filter(Objects::nonNull).toList());
    String base = "/people/" + personId + "/access-log";
    model.addAttribute(
        "page",
        new AccessPages.AccessLogPage(
            headers.of(allowed, base),
            entries.entries().stream()
                .map(
                    entry -> {
                      StaffMember actor = entry.actor() == null ? null : who.get(entry.actor());
                      boolean you = allowed.account().equals(entry.actor());
                      return new AccessPages.Look(
                          you
                              ? "You"
                              : actor == null ? "Someone not signed in" : actor.displayName(),
                          you ? "" : actor == null ? "" : actor.jobTitle(),
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
