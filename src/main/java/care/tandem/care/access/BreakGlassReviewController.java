package care.tandem.care.access;

import care.tandem.care.BreakGlass;
import care.tandem.care.BreakGlassGrant;
import care.tandem.care.People;
import care.tandem.care.Person;
import care.tandem.care.web.CareDates;
import care.tandem.identity.StaffDirectory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' list of break-glass grants to review: who opened whose record, why and when. Admins
 * see the person's name only (never the record), to judge whether the reason fits.
 */
@Controller
class BreakGlassReviewController {

  private final BreakGlass breakGlass;
  private final People people;
  private final StaffDirectory staff;

  BreakGlassReviewController(BreakGlass breakGlass, People people, StaffDirectory staff) {
    this.breakGlass = breakGlass;
    this.people = people;
    this.staff = staff;
  }

  @GetMapping("/admin/break-glass")
  String showGrants(Model model) {
    List<BreakGlassGrant> grants = breakGlass.toReview();
    Map<UUID, Person> persons =
        people.findAll(grants.stream().map(BreakGlassGrant::personId).distinct().toList());
    Instant now = Instant.now();
    model.addAttribute(
        "page",
        new AccessPages.ReviewPage(
            grants.stream()
                .map(
                    grant ->
                        new AccessPages.Grant(
                            grant.id().toString(),
                            staff.displayName(grant.accountId()),
                            persons.containsKey(grant.personId())
                                ? persons.get(grant.personId()).fullName()
                                : "Unknown",
                            grant.reason(),
                            CareDates.dateAndTime(grant.startedAt()),
                            CareDates.dateAndTime(grant.expiresAt()),
                            grant.isActive(now),
                            "/admin/break-glass/" + grant.id() + "/reviewed"))
                .toList(),
            notice(model)));
    return "care/break-glass-review";
  }

  @PostMapping("/admin/break-glass/{grantId}/reviewed")
  String processReviewed(
      @PathVariable UUID grantId, Authentication admin, RedirectAttributes redirect) {
    boolean marked = breakGlass.markReviewed(grantId, admin);
    redirect.addFlashAttribute(
        "notice", marked ? "Marked as reviewed" : "This was already reviewed");
    return "redirect:/admin/break-glass";
  }

  private static @Nullable String notice(Model model) {
    return model.getAttribute("notice") instanceof String text ? text : null;
  }
}
