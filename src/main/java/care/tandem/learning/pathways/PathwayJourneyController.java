package care.tandem.learning.pathways;

import care.tandem.system.form.FormView;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's pathway page: choosing the pace and quiet time, "this is too much", "not now", every
 * step to look ahead at, "What got in the way?", and the team's "I have checked in".
 */
@Controller
class PathwayJourneyController {

  private final Enrolments enrolments;
  private final JourneyPresenter presenter;
  private final CheckInTaskRepository tasks;

  PathwayJourneyController(
      Enrolments enrolments, JourneyPresenter presenter, CheckInTaskRepository tasks) {
    this.enrolments = enrolments;
    this.presenter = presenter;
    this.tasks = tasks;
  }

  @GetMapping("/people/{personId}/pathways/{enrolmentId}")
  String showJourney(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      Authentication viewer,
      Model model) {
    Journey journey = enrolments.journey(personId, enrolmentId, viewer);
    return page(model, journey, FormView.of(PaceForm.of(journey.enrolment())));
  }

  @PostMapping("/people/{personId}/pathways/{enrolmentId}/pace")
  String processPace(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      @ModelAttribute PaceForm form,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    FormView checked = form.checked();
    if (checked.hasErrors()) {
      return page(model, enrolments.journey(personId, enrolmentId, viewer), checked);
    }
    enrolments.choosePace(
        personId,
        enrolmentId,
        form.chosenPace().orElseThrow(),
        form.chosenQuietTime().orElseThrow(),
        viewer);
    redirect.addFlashAttribute("banner", "Saved. Your first step is ready below.");
    return "redirect:/people/" + personId + "/pathways/" + enrolmentId;
  }

  @PostMapping("/people/{personId}/pathways/{enrolmentId}/change")
  String processChange(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      @RequestParam(required = false) @Nullable String change,
      Authentication viewer,
      RedirectAttributes redirect) {
    PaceChange how =
        PaceChange.ofCode(change)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
    enrolments.change(personId, enrolmentId, how, viewer);
    redirect.addFlashAttribute(
        "banner",
        switch (how) {
          case SLOWER -> "We have slowed things down. The next step will wait longer.";
          case PAUSE -> "Paused. Nothing new will come until you carry on.";
          case RESUME -> "Welcome back. Your next step will come at your pace.";
          case NOT_NOW -> "That is fine. Nothing new will come for 3 days.";
          case NEXT -> "Your next step is ready below.";
        });
    return "redirect:/people/" + personId + "/pathways/" + enrolmentId;
  }

  @PostMapping("/people/{personId}/pathways/{enrolmentId}/checked-in")
  String processCheckedIn(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      Authentication viewer,
      RedirectAttributes redirect) {
    enrolments.checkedIn(personId, enrolmentId, viewer);
    redirect.addFlashAttribute("banner", "Marked as checked in");
    return "redirect:/people/" + personId + "/pathways/" + enrolmentId;
  }

  @GetMapping("/people/{personId}/pathways/{enrolmentId}/what-got-in-the-way")
  String showWhatGotInTheWay(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      Authentication viewer,
      Model model) {
    Journey journey = enrolments.journey(personId, enrolmentId, viewer);
    return barrierPage(model, journey, FormView.of(new BarrierForm(null, null)));
  }

  @PostMapping("/people/{personId}/pathways/{enrolmentId}/what-got-in-the-way")
  String processWhatGotInTheWay(
      @PathVariable UUID personId,
      @PathVariable UUID enrolmentId,
      @ModelAttribute BarrierForm form,
      @RequestParam(required = false) @Nullable String skip,
      Authentication viewer,
      Model model,
      RedirectAttributes redirect) {
    if (skip == null) {
      FormView checked = form.checked();
      if (checked.hasErrors()) {
        return barrierPage(model, enrolments.journey(personId, enrolmentId, viewer), checked);
      }
    }
    enrolments.whatGotInTheWay(
        personId,
        enrolmentId,
        skip == null ? form.barrier().orElse(null) : null,
        skip == null ? form.otherText() : null,
        viewer);
    redirect.addFlashAttribute("banner", "Thank you. There is no rush: go at your own pace.");
    return "redirect:/people/" + personId + "/pathways/" + enrolmentId;
  }

  private String page(Model model, Journey journey, FormView form) {
    boolean task =
        journey.access().isTeamMember()
            && tasks.hasOpenTask(journey.enrolment().id(), journey.access().account());
    model.addAttribute("page", presenter.page(journey, task, Instant.now()));
    model.addAttribute("form", form);
    return "learning/pathways/journey";
  }

  private String barrierPage(Model model, Journey journey, FormView form) {
    if (!journey.access().isThePerson() || journey.askWhy() == null) {
      throw new care.tandem.care.RecordNotFoundException();
    }
    String base = JourneyPresenter.base(journey);
    model.addAttribute(
        "page",
        new PathwayPages.BarrierPage(
            presenter.page(journey, false, Instant.now()).header(),
            base + "/what-got-in-the-way",
            base,
            presenter.barrierChoices()));
    model.addAttribute("form", form);
    return "learning/pathways/barrier";
  }
}
