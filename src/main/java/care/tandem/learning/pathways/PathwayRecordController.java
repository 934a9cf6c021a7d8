package care.tandem.learning.pathways;

import static care.tandem.system.Capability.OFFER_PATHWAY;

import care.tandem.care.Capabilities;
import care.tandem.care.CareAccess;
import care.tandem.care.RecordAccess;
import care.tandem.care.web.RecordHeaders;
import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's pathways on their record: how each is going, and the team's form to offer one. */
@Controller
class PathwayRecordController {

  private final CareAccess access;
  private final RecordHeaders headers;
  private final PathwayRepository pathways;
  private final Enrolments enrolments;
  private final Engagement engagement;

  PathwayRecordController(
      CareAccess access,
      RecordHeaders headers,
      PathwayRepository pathways,
      Enrolments enrolments,
      Engagement engagement) {
    this.access = access;
    this.headers = headers;
    this.pathways = pathways;
    this.enrolments = enrolments;
    this.engagement = engagement;
  }

  @GetMapping("/people/{personId}/pathways")
  String showPathways(@PathVariable UUID personId, Authentication viewer, Model model) {
    RecordAccess allowed = access.require(personId, viewer, "pathway.list-viewed");
    return page(model, allowed, viewer, FormView.of(OfferForm.blank()));
  }

  @PostMapping("/people/{personId}/pathways")
  String processOffer(
      @PathVariable UUID personId,
      @ModelAttribute OfferForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    UUID key = form.key().orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    UUID chosen = form.pathwayId().filter(id -> pathways.current(id).isPresent()).orElse(null);
    if (chosen == null) {
      return page(
          model,
          access.require(personId, viewer, "pathway.list-viewed"),
          viewer,
          FormView.of(form).withError("pathway", "Select a pathway to offer"));
    }
    try {
      enrolments.offer(personId, chosen, key, viewer);
    } catch (AlreadyOnPathwayException e) {
      return page(
          model,
          access.require(personId, viewer, "pathway.list-viewed"),
          viewer,
          FormView.of(form).withError("pathway", "They are already on this pathway"));
    }
    redirect.addFlashAttribute(
        "banner", "Pathway offered. They will see it on their home page and choose their pace.");
    return "redirect:/people/" + personId + "/pathways";
  }

  private String page(Model model, RecordAccess allowed, Authentication viewer, FormView form) {
    String base = "/people/" + allowed.person() + "/pathways";
    boolean canOffer =
        allowed.isTeamMember() && Capabilities.allows(allowed, viewer, OFFER_PATHWAY);
    model.addAttribute(
        "page",
        new PathwayPages.RecordPage(
            headers.of(allowed, base),
            allowed.isThePerson(),
            engagement.lines(allowed.person(), allowed.account()),
            canOffer ? base : null,
            pathways.all().stream()
                .filter(p -> !p.steps().isEmpty())
                .map(p -> Choice.of(p.id().toString(), p.title(), p.summary()))
                .toList()));
    model.addAttribute("form", form);
    return "learning/pathways/record";
  }
}
